using LawfulBasis.Audit;

namespace LawfulBasis.Registers;

/// <summary>The restriction register: entries persisted in a store, the grounds in force per subject kept for the gate.</summary>
internal sealed class RestrictionRegister : IRestrictionRegister
{
    private readonly IRecordStore<RestrictionRecord> _store;
    private readonly PurposeIndex _purposes;
    private readonly IAuditRecorder _trail;
    private readonly TimeProvider _time;

    public RestrictionRegister(IRecordStore<RestrictionRecord> store, PurposeIndex purposes, IAuditRecorder trail, TimeProvider time)
    {
        _purposes = purposes;
        _trail = trail;
        _time = time;
        _store = store;
    }

    public RestrictionRecord Restrict(string subjectId, RestrictionGround ground, PurposeDeclaration? purpose = null) => Record(subjectId, ground, true, purpose);

    public RestrictionRecord Lift(string subjectId, RestrictionGround ground, PurposeDeclaration? purpose = null) => Record(subjectId, ground, false, purpose);

    public bool IsRestricted(string subjectId) => InForce(subjectId, purposeId: null, anyPurpose: true);

    public bool IsRestricted(string subjectId, PurposeDeclaration purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return InForce(subjectId, purpose.Id, anyPurpose: false);
    }

    /// <summary>
    /// Whether a restriction is in force: for each ground and scope (one purpose, or all) the latest record decides. With
    /// <paramref name="anyPurpose"/> every scope counts; otherwise the purpose's own scope and the all-purposes scope.
    /// </summary>
    private bool InForce(string subjectId, string? purposeId, bool anyPurpose)
    {
        var records = _store.ReadSubject(subjectId);
        if (records.Count == 0)
        {
            return false;
        }

        var decided = new HashSet<(RestrictionGround, string?)>();
        for (var i = records.Count - 1; i >= 0; i--)
        {
            var record = records[i];
            if (!anyPurpose && record.PurposeId is not null && record.PurposeId != purposeId)
            {
                continue;
            }

            if (decided.Add((record.Ground, record.PurposeId)) && record.IsRestricted)
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<RestrictionRecord> History(string subjectId) => _store.ReadSubject(subjectId);

    private RestrictionRecord Record(string subjectId, RestrictionGround ground, bool restricted, PurposeDeclaration? purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        if (!Enum.IsDefined(ground))
        {
            throw new ArgumentOutOfRangeException(nameof(ground), ground, "Use one of the Art. 18(1) grounds of RestrictionGround.");
        }

        var audited = purpose is null ? null : _purposes.Require(purpose);
        var record = new RestrictionRecord(subjectId, restricted, ground, _time.GetUtcNow(), purpose?.Id);
        _store.Append(record);
        var point = (char)('a' + (int)ground);
        var scope = purpose is null ? string.Empty : $" for purpose `{purpose.Name}`";
        _trail.Record(new AuditRecord(record.At, AuditEventKind.Restriction, audited, default, default,
            restricted ? $"Processing restricted{scope} on ground Art. 18(1)({point}); only storage is allowed" : $"Restriction{scope} on ground Art. 18(1)({point}) lifted",
            restricted ? "Art. 18(1)" : "Art. 18(3)", null, null, null, 0, System.Diagnostics.Activity.Current?.TraceId ?? default, subjectId));
        return record;
    }
}
