using System.Collections.Concurrent;
using LawfulBasis.Audit;

namespace LawfulBasis.Registers;

/// <summary>The objection register: entries persisted in a store, the latest per subject and purpose kept for the gate.</summary>
internal sealed class ObjectionRegister : IObjectionRegister
{
    private const string AllPurposes = "*";
    private readonly SubjectHistory<ObjectionRecord> _history;
    private readonly ConcurrentDictionary<(string Subject, string Purpose), ObjectionRecord> _latest = new();
    private readonly PurposeIndex _purposes;
    private readonly AuditTrail _trail;
    private readonly TimeProvider _time;

    public ObjectionRegister(IRecordStore<ObjectionRecord> store, PurposeIndex purposes, AuditTrail trail, TimeProvider time)
    {
        _purposes = purposes;
        _trail = trail;
        _time = time;
        _history = new SubjectHistory<ObjectionRecord>(store, r => r.SubjectId);
        foreach (var record in _history.All)
        {
            _latest[(record.SubjectId, record.PurposeId ?? AllPurposes)] = record;
        }
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

    public IReadOnlyList<ObjectionRecord> History(string subjectId) => _history.Of(subjectId);

    /// <summary>The objection in force for a purpose: the newer of the purpose's own entry and the all-purposes entry.</summary>
    internal bool IsUpheld(string subjectId, PurposeDeclaration purpose)
    {
        var own = _latest.GetValueOrDefault((subjectId, purpose.Id));
        var all = _latest.GetValueOrDefault((subjectId, AllPurposes));
        var latest = own is null ? all : all is null ? own : own.At >= all.At ? own : all;
        return latest is { Action: ObjectionAction.Raised } || (purpose.IsDirectMarketing && latest is { Action: ObjectionAction.Overridden });
    }

    private ObjectionRecord Record(string subjectId, PurposeDeclaration? purpose, ObjectionAction action, string? reference)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        var audited = purpose is null ? null : _purposes.Require(purpose);
        var record = new ObjectionRecord(subjectId, purpose?.Id, action, _time.GetUtcNow(), reference);
        _history.Append(record);
        _latest[(subjectId, purpose?.Id ?? AllPurposes)] = record;
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
