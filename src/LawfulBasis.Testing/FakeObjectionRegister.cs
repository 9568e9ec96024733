using LawfulBasis.Registers;

namespace LawfulBasis.Testing;

/// <summary>
/// An objection register in memory, for tests of code that records objections through <see cref="IObjectionRegister"/>.
/// It refuses what the real register refuses (an objection to a purpose not open to one, an override of a
/// direct-marketing objection) and records into a <see cref="FakeAuditTrail"/> when given one.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class FakeObjectionRegister : IObjectionRegister
{
    private readonly RecordList<ObjectionRecord> _records = new();
    private readonly TimeProvider _time;
    private readonly FakeAuditTrail? _trail;

    /// <summary>Creates an empty register.</summary>
    /// <param name="timeProvider">Stamps the entries; the system clock when null.</param>
    /// <param name="trail">When given, each entry is also recorded there.</param>
    public FakeObjectionRegister(TimeProvider? timeProvider = null, FakeAuditTrail? trail = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _trail = trail;
    }

    /// <summary>Every entry, of every subject, oldest first (a snapshot).</summary>
    public IReadOnlyList<ObjectionRecord> Records => _records.All;

    /// <inheritdoc />
    public ObjectionRecord Raise(string subjectId, PurposeDeclaration? purpose)
    {
        ObjectionRegister.EnsureOpenToObjection(purpose);   // refuses what the real register refuses, in its words
        return Record(subjectId, purpose, ObjectionAction.Raised, null);
    }

    /// <inheritdoc />
    public ObjectionRecord Override(string subjectId, PurposeDeclaration purpose, string groundsReference)
    {
        ObjectionRegister.EnsureOverridable(purpose, groundsReference);
        return Record(subjectId, purpose, ObjectionAction.Overridden, groundsReference);
    }

    /// <inheritdoc />
    public ObjectionRecord Withdraw(string subjectId, PurposeDeclaration? purpose) => Record(subjectId, purpose, ObjectionAction.Withdrawn, null);

    /// <inheritdoc />
    public IReadOnlyList<ObjectionRecord> History(string subjectId) => _records.ForSubject(subjectId);

    private ObjectionRecord Record(string subjectId, PurposeDeclaration? purpose, ObjectionAction action, string? reference)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        var record = new ObjectionRecord(subjectId, purpose?.Id, action, _time.GetUtcNow(), reference);
        _records.Add(record);

        var scope = purpose is null ? "every purpose open to objection" : $"purpose `{purpose.Name}`";
        _trail?.Record(subjectId, "Objection", $"Objection to {scope} {action.ToString().ToLowerInvariant()}",
            purpose is { IsDirectMarketing: true } ? "Art. 21(2)" : "Art. 21(1)", purpose?.Name);
        return record;
    }
}
