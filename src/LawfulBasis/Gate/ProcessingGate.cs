using System.Diagnostics;
using System.Diagnostics.Metrics;
using LawfulBasis.Audit;
using LawfulBasis.Registers;
using Microsoft.Extensions.Logging;

namespace LawfulBasis.Processing;

/// <summary>
/// The gate: decides from in-memory registers, stamps the time, hands the trail a small record, and returns. Every
/// explanation string is built once per purpose, so an allowed decision allocates nothing.
/// </summary>
internal sealed class ProcessingGate : IProcessingGate
{
    private readonly PurposeIndex _purposes;
    private readonly ConsentLedger _consents;
    private readonly ObjectionRegister _objections;
    private readonly RestrictionRegister _restrictions;
    private readonly ErasureRegister _erasures;
    private readonly LegalHoldRegister _holds;
    private readonly IAuditRecorder _trail;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _defaultActor;

    public ProcessingGate(
        PurposeIndex purposes,
        ConsentLedger consents,
        ObjectionRegister objections,
        RestrictionRegister restrictions,
        ErasureRegister erasures,
        LegalHoldRegister holds,
        IAuditRecorder trail,
        TimeProvider time,
        ILogger<ProcessingGate> logger,
        string defaultActor)
    {
        _purposes = purposes;
        _consents = consents;
        _objections = objections;
        _restrictions = restrictions;
        _erasures = erasures;
        _holds = holds;
        _trail = trail;
        _time = time;
        _logger = logger;
        _defaultActor = defaultActor;
    }

    public ProcessingDecision Begin<TPurpose>(
        string subjectId, ProcessingOperation operation, ProcessingContext context = default, string member = "", string file = "", int line = 0)
    {
        var decision = Decide(typeof(TPurpose), subjectId, operation, context, member, file, line);
        return decision.IsAllowed ? decision : throw new ProcessingDeniedException(decision);
    }

    public bool TryBegin<TPurpose>(
        string subjectId, ProcessingOperation operation, out ProcessingDecision decision, ProcessingContext context = default,
        string member = "", string file = "", int line = 0)
    {
        decision = Decide(typeof(TPurpose), subjectId, operation, context, member, file, line);
        return decision.IsAllowed;
    }

    private ProcessingDecision Decide(
        Type purposeType, string subjectId, ProcessingOperation operation, ProcessingContext context, string member, string file, int line)
    {
        if (string.IsNullOrEmpty(subjectId))
        {
            throw new ArgumentException("The subject id is empty: name the data subject the operation is about.", nameof(subjectId));
        }

        var now = _time.GetUtcNow();
        var purpose = _purposes.Find(purposeType);
        ProcessingDecision decision;
        string? recordedSubject = subjectId;
        var actor = context.Actor ?? _defaultActor;
        using (RegisterReadScope.Begin(subjectId)) // a database-backed store reads the subject's registers once for all checks
        {
            decision = purpose?.Declaration is { } declaration
                ? Evaluate(purpose, declaration, subjectId, operation, context, now)
                : new ProcessingDecision(null, operation, DenialReason.UndeclaredPurpose,
                    $"`{purposeType.Name}` is not a declared purpose, so the processing has no lawful basis", "Art. 6(1)");
            if (!decision.IsAllowed && (decision.Reason == DenialReason.Erased || _erasures.Find(subjectId) is not null))
            {
                // Refused, about an erased subject: recorded about nobody (the refusal, its purpose and reason stay in the
                // trail). Linking it would take a pseudonym, and so a new key for the person the erasure made unlinkable.
                TrailText.EnsureNoSubjectId(actor, subjectId, "actor"); // the trail checks only against the subject it is given
                recordedSubject = null;
            }
        }

        var activity = Activity.Current;
        _trail.Record(new AuditRecord(
            now, AuditEventKind.Decision, purpose ?? new AuditedPurpose(purposeType), operation, decision.Reason, decision.Explanation,
            decision.Article, actor, member, file, line, activity?.TraceId ?? default, recordedSubject));
        if (activity is { IsAllDataRequested: true })
        {
            // Only in traced requests: the trace shows which purpose and basis each step relied on (never the subject).
            activity.AddEvent(new ActivityEvent(LawfulBasisTelemetry.DecisionEvent, tags: new ActivityTagsCollection
            {
                ["lawfulbasis.purpose"] = decision.Purpose?.Id ?? purposeType.FullName,
                ["lawfulbasis.operation"] = operation.ToString(),
                ["lawfulbasis.allowed"] = decision.IsAllowed,
                ["lawfulbasis.article"] = decision.Article,
            }));
        }

        var name = decision.Purpose?.Name ?? purposeType.Name;
        if (decision.IsAllowed)
        {
            LawfulBasisTelemetry.Allowed.Add(1, new KeyValuePair<string, object?>("purpose", name));
            Log.ProcessingAllowed(_logger, operation, name, decision.Article);
        }
        else
        {
            LawfulBasisTelemetry.Denied.Add(1, new KeyValuePair<string, object?>("purpose", name), new KeyValuePair<string, object?>("reason", decision.Reason));
            Log.ProcessingDenied(_logger, operation, name, decision.Reason, decision.Explanation, decision.Article);
        }

        return decision;
    }

    private ProcessingDecision Evaluate(
        AuditedPurpose purpose, PurposeDeclaration declaration, string subjectId, ProcessingOperation operation, ProcessingContext context, DateTimeOffset now)
    {
        var erasing = operation == ProcessingOperation.Erase;
        if (!erasing && _erasures.Find(subjectId) is { } erased)
        {
            // Retained data may be processed as its Art. 17(3) exception requires (kept, consulted, disclosed, e.g. to the
            // tax authority), never used afresh. Erasing it is always allowed (below).
            var retained = erased.RetainedPurposes.Contains(declaration.Id);
            if (!retained || operation is not (ProcessingOperation.Store or ProcessingOperation.Read or ProcessingOperation.Disclose))
            {
                return Deny(DenialReason.Erased, retained
                    ? $"the subject's data was erased on {erased.At:yyyy-MM-dd}; what was retained under Art. 17(3) may only be stored, read, disclosed or erased as that exception requires"
                    : $"the subject's data was erased on {erased.At:yyyy-MM-dd} and nothing was retained for this purpose", "Art. 17(1)");
            }
        }

        var restricted = _restrictions.IsRestricted(subjectId, declaration);
        var exception = context.RestrictionException;
        if (restricted && operation != ProcessingOperation.Store && exception == RestrictionException.None)
        {
            return erasing
                ? Deny(DenialReason.Restricted, "processing of the subject's data is restricted, so it must be kept, not erased (the subject may have opposed erasure or need the data for legal claims); lift the restriction, telling the subject first (Art. 18(3)), or name an Art. 18(2) exception such as the subject's consent", "Art. 18(2)")
                : Deny(DenialReason.Restricted, "processing of the subject's data is restricted; only storage is allowed unless an Art. 18(2) exception is named", "Art. 18(2)");
        }

        if (erasing)
        {
            // Erasure is what Art. 17(1) and 5(1)(e) demand after withdrawal, objection or expiry: never blocked by them.
            var holds = _holds.InForce(subjectId);
            return holds.Count > 0
                ? Deny(DenialReason.LegalHold, $"a legal hold placed on {holds[0].At:yyyy-MM-dd} keeps the subject's data for legal claims{(holds[0].Until is { } until ? $" until {until:yyyy-MM-dd}" : string.Empty)}", "Art. 17(3)(e)")
                : new ProcessingDecision(declaration, operation, DenialReason.None, $"Erasure of data held for purpose `{declaration.Name}`", "Art. 17(1)");
        }

        if (declaration.IsDirectMarketing && _objections.IsUpheld(subjectId, declaration))
        {
            return Deny(DenialReason.DirectMarketingObjection, "the subject objected to direct marketing, which is absolute", "Art. 21(3)");
        }

        if (declaration.Basis is LegalBasis.LegitimateInterests or LegalBasis.PublicTask && _objections.IsUpheld(subjectId, declaration))
        {
            return Deny(DenialReason.Objection, "the subject objected and no compelling legitimate grounds are documented", "Art. 21(1)");
        }

        if (ConsentLedger.NeedsConsent(declaration))
        {
            var consent = _consents.Latest(subjectId, declaration.Id);
            if (consent is null)
            {
                return declaration.Basis == LegalBasis.Consent
                    ? Deny(DenialReason.NoConsent, "the purpose relies on consent and the subject has not given it", "Art. 6(1)(a)")
                    : Deny(DenialReason.NoConsent, "the purpose processes special-category data under explicit consent, and the subject has not given it", "Art. 9(2)(a)");
            }

            if (consent.Action == ConsentAction.Withdrawn)
            {
                return Deny(DenialReason.ConsentWithdrawn, $"the subject withdrew consent on {consent.At:yyyy-MM-dd}", "Art. 7(3)");
            }

            if (ConsentLedger.NeedsExplicitConsent(declaration) && !consent.IsExplicit)
            {
                return declaration.Condition == SpecialCategoryCondition.ExplicitConsent
                    ? Deny(DenialReason.ConsentNotExplicit, "special-category data needs explicit consent, and the consent given was not explicit", "Art. 9(2)(a)")
                    : Deny(DenialReason.ConsentNotExplicit, "automated decisions based on consent need explicit consent, and the consent given was not explicit", "Art. 22(2)(c)");
            }
        }

        if (context.CollectedAt is { } collected && declaration.Retention is { } retention && retention.AddTo(collected) < now)
        {
            return Deny(DenialReason.RetentionExpired, $"the data was collected on {collected:yyyy-MM-dd} and the purpose keeps it for {retention.Describe()}", "Art. 5(1)(e)");
        }

        if (restricted && operation != ProcessingOperation.Store)
        {
            return new ProcessingDecision(declaration, operation, DenialReason.None,
                $"Restricted data processed for purpose `{declaration.Name}` under the Art. 18(2) exception {exception}", "Art. 18(2)");
        }

        return new ProcessingDecision(declaration, operation, DenialReason.None, purpose.Allowed, purpose.BasisArticle);

        ProcessingDecision Deny(DenialReason reason, string why, string article) =>
            new(declaration, operation, reason, $"{why} (purpose `{declaration.Name}`)", article);
    }
}
