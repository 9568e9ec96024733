using LawfulBasis.Registers;

namespace LawfulBasis.Testing;

/// <summary>
/// A restriction register in memory, for tests of code that restricts processing or asks whether it is restricted
/// through <see cref="IRestrictionRegister"/>. It answers as the real register does: for each ground and scope (one
/// purpose, or all) the latest entry decides. Records into a <see cref="FakeAuditTrail"/> when given one.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class FakeRestrictionRegister : IRestrictionRegister
{
    private readonly RecordList<RestrictionRecord> _records = new();
    private readonly TimeProvider _time;
    private readonly FakeAuditTrail? _trail;

    /// <summary>Creates an empty register.</summary>
    /// <param name="timeProvider">Stamps the entries; the system clock when null.</param>
    /// <param name="trail">When given, each entry is also recorded there.</param>
    public FakeRestrictionRegister(TimeProvider? timeProvider = null, FakeAuditTrail? trail = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _trail = trail;
    }

    /// <summary>Every entry, of every subject, oldest first (a snapshot).</summary>
    public IReadOnlyList<RestrictionRecord> Records => _records.All;

    /// <inheritdoc />
    public RestrictionRecord Restrict(string subjectId, RestrictionGround ground, PurposeDeclaration? purpose = null) => Record(subjectId, ground, true, purpose);

    /// <inheritdoc />
    public RestrictionRecord Lift(string subjectId, RestrictionGround ground, PurposeDeclaration? purpose = null) => Record(subjectId, ground, false, purpose);

    /// <inheritdoc />
    public bool IsRestricted(string subjectId) => InForce(subjectId, purposeId: null, anyPurpose: true);

    /// <inheritdoc />
    public bool IsRestricted(string subjectId, PurposeDeclaration purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return InForce(subjectId, purpose.Id, anyPurpose: false);
    }

    /// <inheritdoc />
    public IReadOnlyList<RestrictionRecord> History(string subjectId) => _records.ForSubject(subjectId);

    /// <summary>Whether the latest entry of some ground and scope that applies restricts processing.</summary>
    private bool InForce(string subjectId, string? purposeId, bool anyPurpose)
    {
        return _records.ForSubject(subjectId).Where(r => anyPurpose || r.PurposeId is null || r.PurposeId == purposeId)
            .GroupBy(r => (r.Ground, r.PurposeId))
            .Any(g => g.Last().IsRestricted);
    }

    private RestrictionRecord Record(string subjectId, RestrictionGround ground, bool restricted, PurposeDeclaration? purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        if (!Enum.IsDefined(ground))
        {
            throw new ArgumentOutOfRangeException(nameof(ground), ground, "Use one of the Art. 18(1) grounds of RestrictionGround.");
        }

        var record = new RestrictionRecord(subjectId, restricted, ground, _time.GetUtcNow(), purpose?.Id);
        _records.Add(record);

        var scope = purpose is null ? string.Empty : $" for purpose `{purpose.Name}`";
        _trail?.Record(subjectId, "Restriction", restricted ? $"Processing restricted{scope}; only storage is allowed" : $"Restriction{scope} lifted",
            restricted ? "Art. 18(1)" : "Art. 18(3)", purpose?.Name);
        return record;
    }
}
