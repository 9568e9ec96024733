using LawfulBasis.Audit;

namespace LawfulBasis.Registers;

/// <summary>The objection register: entries persisted in a store, the latest per subject and purpose kept for the gate.</summary>
internal sealed class ObjectionRegister : IObjectionRegister
{
    private readonly IRecordStore<ObjectionRecord> _store;
    private readonly PurposeIndex _purposes;
    private readonly AuditTrail _trail;
    private readonly TimeProvider _time;

    public ObjectionRegister(IRecordStore<ObjectionRecord> store, PurposeIndex purposes, AuditTrail trail, TimeProvider time)
    {
        _purposes = purposes;
        _trail = trail;
        _time = time;
        _store = store;
    }

    public ObjectionRecord Raise(string subjectId, PurposeDeclaration? purpose) => Record(subjectId, purpose, ObjectionAction.Raised, null);

    public ObjectionRecord Override(string subjectId, PurposeDeclaration purpose, string groundsReference)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(groundsReference);
        if (purpose.IsDirectMarketing)
        {
            throw new InvalidOperationException(
                $"Purpose `{purpose.Name}` is direct marketing: an objection to it is absolute and cannot be overridden (Art. 21(3)).");
        }

        return Record(subjectId, purpose, ObjectionAction.Overridden, groundsReference);
    }

    public ObjectionRecord Withdraw(string subjectId, PurposeDeclaration? purpose) => Record(subjectId, purpose, ObjectionAction.Withdrawn, null);

    public IReadOnlyList<ObjectionRecord> History(string subjectId) => _store.ReadSubject(subjectId);

    /// <summary>The objection in force for a purpose: the latest of the purpose's own records and the all-purposes records.</summary>
    internal bool IsUpheld(string subjectId, PurposeDeclaration purpose)
    {
        ObjectionRecord? latest = null;
        var records = _store.ReadSubject(subjectId);
        for (var i = records.Count - 1; i >= 0 && latest is null; i--)
        {
            if (records[i].PurposeId is null || records[i].PurposeId == purpose.Id)
            {
                latest = records[i];
            }
        }

        return latest is { Action: ObjectionAction.Raised } || (purpose.IsDirectMarketing && latest is { Action: ObjectionAction.Overridden });
    }

    private ObjectionRecord Record(string subjectId, PurposeDeclaration? purpose, ObjectionAction action, string? reference)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        Audit.TrailText.EnsureNoSubjectId(reference, subjectId, nameof(reference)); // before the register: both or neither
        var audited = purpose is null ? null : _purposes.Require(purpose);
        var record = new ObjectionRecord(subjectId, purpose?.Id, action, _time.GetUtcNow(), reference);
        _store.Append(record);
        var target = purpose is null ? "every purpose open to objection" : $"purpose `{purpose.Name}`";
        var explanation = action switch
        {
            ObjectionAction.Raised => $"Objection raised to {target}",
            ObjectionAction.Overridden => $"Objection to {target} overridden by compelling legitimate grounds documented in {reference}",
            _ => $"Objection to {target} withdrawn",
        };
        _trail.Record(new AuditRecord(record.At, AuditEventKind.Objection, audited, default, default, explanation,
            purpose?.IsDirectMarketing == true ? "Art. 21(2)" : "Art. 21(1)", null, null, null, 0,
            System.Diagnostics.Activity.Current?.TraceId ?? default, subjectId));
        return record;
    }
}
