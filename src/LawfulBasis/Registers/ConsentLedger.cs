using LawfulBasis.Audit;

namespace LawfulBasis.Registers;

/// <summary>The consent ledger: receipts appended to a store; the gate asks it for the latest per subject and purpose.</summary>
internal sealed class ConsentLedger : IConsentLedger
{
    private readonly IRecordStore<ConsentRecord> _store;
    private readonly PurposeIndex _purposes;
    private readonly IAuditRecorder _trail;
    private readonly TimeProvider _time;

    public ConsentLedger(IRecordStore<ConsentRecord> store, PurposeIndex purposes, IAuditRecorder trail, TimeProvider time)
    {
        _purposes = purposes;
        _trail = trail;
        _time = time;
        _store = store;
    }

    public ConsentRecord Give<TPurpose>(string subjectId, string mechanism, string? noticeVersion = null, bool isExplicit = false) =>
        Record(subjectId, typeof(TPurpose), ConsentAction.Given, mechanism, noticeVersion, isExplicit);

    public ConsentRecord Withdraw<TPurpose>(string subjectId, string mechanism) =>
        Record(subjectId, typeof(TPurpose), ConsentAction.Withdrawn, mechanism, null, false);

    public ConsentRecord? Current(string subjectId, PurposeDeclaration purpose) => Latest(subjectId, purpose.Id);

    public IReadOnlyList<ConsentRecord> History(string subjectId) => _store.ReadSubject(subjectId);

    /// <summary>
    /// Whether processing for the purpose rests on the subject's consent: the Art. 6(1)(a) basis, or the Art. 9(2)(a)
    /// explicit-consent condition whatever the basis (consent must then be recorded, and can be withdrawn, Art. 7).
    /// </summary>
    internal static bool NeedsConsent(PurposeDeclaration purpose) =>
        purpose.Basis == LegalBasis.Consent || purpose.Condition == SpecialCategoryCondition.ExplicitConsent;

    /// <summary>Whether the consent must be explicit: Art. 9(2)(a), or a Consent purpose making automated decisions (Art. 22(2)(c)).</summary>
    internal static bool NeedsExplicitConsent(PurposeDeclaration purpose) =>
        purpose.Condition == SpecialCategoryCondition.ExplicitConsent || (purpose.Basis == LegalBasis.Consent && purpose.AutomatedDecision is not null);

    /// <summary>The subject's latest consent record for the purpose, read from the store (so every instance agrees).</summary>
    internal ConsentRecord? Latest(string subjectId, string purposeId)
    {
        var records = _store.ReadSubject(subjectId);
        for (var i = records.Count - 1; i >= 0; i--)
        {
            if (records[i].PurposeId == purposeId)
            {
                return records[i];
            }
        }

        return null;
    }

    private ConsentRecord Record(string subjectId, Type purposeType, ConsentAction action, string mechanism, string? noticeVersion, bool isExplicit)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(mechanism);
        Audit.TrailText.EnsureNoSubjectId(mechanism, subjectId, nameof(mechanism)); // before the register: both or neither
        Audit.TrailText.EnsureNoSubjectId(noticeVersion, subjectId, nameof(noticeVersion));
        var purpose = _purposes.Require(purposeType);
        var declaration = purpose.Declaration!;
        if (!NeedsConsent(declaration))
        {
            throw new ArgumentException(
                $"Purpose `{declaration.Name}` relies on {declaration.Basis} with no explicit-consent condition: consent cannot be given or withdrawn for it (Art. 6(1), 9(2)). Declare a separate Consent purpose if consent is really the basis.",
                nameof(purposeType));
        }

        var record = new ConsentRecord(subjectId, declaration.Id, action, _time.GetUtcNow(), noticeVersion, mechanism, isExplicit);
        _store.Append(record);
        var given = action == ConsentAction.Given;
        var explanation = given
            ? $"Consent given ({(isExplicit ? "explicit" : "not explicit")}) via {mechanism}{(noticeVersion is null ? string.Empty : $", notice {noticeVersion}")}"
            : $"Consent withdrawn via {mechanism}; processing stops for the future";
        _trail.Record(new AuditRecord(record.At, given ? AuditEventKind.ConsentGiven : AuditEventKind.ConsentWithdrawn, purpose, default, default,
            explanation, given ? "Art. 7(1)" : "Art. 7(3)", null, null, null, 0, System.Diagnostics.Activity.Current?.TraceId ?? default, subjectId));
        return record;
    }
}
