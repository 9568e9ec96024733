using LawfulBasis.Audit;

namespace LawfulBasis.Registers;

/// <summary>The objection register: entries persisted in a store, the latest per subject and purpose kept for the gate.</summary>
internal sealed class ObjectionRegister : IObjectionRegister
{
    private readonly IRecordStore<ObjectionRecord> _store;
    private readonly PurposeIndex _purposes;
    private readonly IAuditRecorder _trail;
    private readonly TimeProvider _time;

    public ObjectionRegister(IRecordStore<ObjectionRecord> store, PurposeIndex purposes, IAuditRecorder trail, TimeProvider time)
    {
        _purposes = purposes;
        _trail = trail;
        _time = time;
        _store = store;
    }

    public ObjectionRecord Raise(string subjectId, PurposeDeclaration? purpose)
    {
        EnsureOpenToObjection(purpose);
        return Record(subjectId, purpose, ObjectionAction.Raised, null);
    }

    /// <summary>Refuses an objection to a purpose the right to object does not cover (shared with LawfulBasis.Testing's fake).</summary>
    internal static void EnsureOpenToObjection(PurposeDeclaration? purpose)
    {
        if (purpose is not null && !IsOpenToObjection(purpose))
        {
            throw new ArgumentException(
                $"Purpose `{purpose.Name}` relies on {purpose.Basis} and is not direct marketing: the right to object covers only public-task and legitimate-interest processing and direct marketing (Art. 21(1)–(2)). Refuse the request with this reason (Art. 12(4)); for consent, record a withdrawal instead (Art. 7(3)).",
                nameof(purpose));
        }
    }

    /// <summary>Whether the subject may object to the purpose: public task or legitimate interests (Art. 21(1)), or direct marketing (21(2)).</summary>
    internal static bool IsOpenToObjection(PurposeDeclaration purpose) =>
        purpose.IsDirectMarketing || purpose.Basis is LegalBasis.LegitimateInterests or LegalBasis.PublicTask;

    public ObjectionRecord Override(string subjectId, PurposeDeclaration purpose, string groundsReference)
    {
        EnsureOverridable(purpose, groundsReference);
        return Record(subjectId, purpose, ObjectionAction.Overridden, groundsReference);
    }

    /// <summary>Refuses an override without documented grounds, or of a direct-marketing objection, which is absolute (shared with the fake).</summary>
    internal static void EnsureOverridable(PurposeDeclaration purpose, string groundsReference)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(groundsReference);
        if (purpose.IsDirectMarketing)
        {
            throw new InvalidOperationException(
                $"Purpose `{purpose.Name}` is direct marketing: an objection to it is absolute and cannot be overridden (Art. 21(3)).");
        }
    }

    public ObjectionRecord Withdraw(string subjectId, PurposeDeclaration? purpose) => Record(subjectId, purpose, ObjectionAction.Withdrawn, null);

    public IReadOnlyList<ObjectionRecord> History(string subjectId) => _store.ReadSubject(subjectId);

    /// <summary>
    /// The objection in force for a purpose: the latest of the purpose's own records and the all-purposes records. For a
    /// direct-marketing purpose, an objection to any direct-marketing purpose counts: the subject objects to "such
    /// marketing" (Art. 21(2)–(3)), not to one mailing list.
    /// </summary>
    internal bool IsUpheld(string subjectId, PurposeDeclaration purpose)
    {
        ObjectionRecord? latest = null;
        var records = _store.ReadSubject(subjectId);
        for (var i = records.Count - 1; i >= 0 && latest is null; i--)
        {
            var target = records[i].PurposeId;
            if (target is null || target == purpose.Id
                || (purpose.IsDirectMarketing && _purposes.Find(target)?.Declaration is { IsDirectMarketing: true }))
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
