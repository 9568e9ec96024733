using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.RateLimiting;
using LawfulBasis.Notice;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace LawfulBasis.AspNetCore.PrivacyCenter;

/// <summary>What every page of one mapped privacy center shares: its options, prefix, notice and intake limiter.</summary>
internal sealed class CenterContext
{
    private static readonly MethodInfo GiveMethod = typeof(IConsentLedger).GetMethod(nameof(IConsentLedger.Give))!;
    private static readonly MethodInfo WithdrawMethod = typeof(IConsentLedger).GetMethod(nameof(IConsentLedger.Withdraw))!;

    private readonly PartitionedRateLimiter<string> _intake;

    public CenterContext(PrivacyCenterOptions options, string prefix, ProcessingCatalog catalog, PrivacyNotice notice)
    {
        Options = options;
        Prefix = prefix;
        Catalog = catalog;
        Notice = notice;
        SiteName = catalog.Controller?.Name is { Length: > 0 } name ? $"{name} — privacy center" : "Privacy center";
        _intake = PartitionedRateLimiter.Create<string, string>(subject => RateLimitPartition.GetFixedWindowLimiter(subject, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.IntakePermitLimit,
            Window = options.IntakeWindow,
            QueueLimit = 0,
        }));
    }

    public PrivacyCenterOptions Options { get; }

    public string Prefix { get; }

    public ProcessingCatalog Catalog { get; }

    public PrivacyNotice Notice { get; }

    public string SiteName { get; }

    /// <summary>A new page carrying this request's anti-forgery token in every form.</summary>
    public static CenterHtml Page(HttpContext http, IAntiforgery antiforgery, string prefix)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new CenterHtml(prefix, tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
    }

    /// <summary>Whether a new request of this subject may be taken now (a fixed window per subject; nothing is logged).</summary>
    public bool TryTakeIntakePermit(string subjectId)
    {
        using var lease = _intake.AttemptAcquire(subjectId);
        return lease.IsAcquired;
    }

    /// <summary>
    /// Decides and records one of the center's operations under its declared purpose. Every action is done at the
    /// subject's own request, which is the Art. 18(2) consent that lets it through a restriction.
    /// </summary>
    public ProcessingDecision Record(
        IProcessingGate gate, string subjectId, ProcessingOperation operation, string actor, string action,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Options.Decide(gate, subjectId, operation, new ProcessingContext { Actor = actor, RestrictionException = RestrictionException.SubjectConsent },
            $"Privacy center: {action}", file, line);

    /// <summary>The purposes the subject can consent to: those resting on consent or on explicit consent (Art. 6(1)(a), 9(2)(a)).</summary>
    public IEnumerable<PurposeDeclaration> ConsentPurposes() =>
        Catalog.Purposes.Where(p => p.Basis == LegalBasis.Consent || p.Condition == SpecialCategoryCondition.ExplicitConsent);

    /// <summary>
    /// The purposes the subject can object to: direct marketing first (absolute, Art. 21(2)–(3)), then those based on a
    /// public task or legitimate interests (Art. 21(1)).
    /// </summary>
    public IEnumerable<PurposeDeclaration> ObjectablePurposes() =>
        Catalog.Purposes.Where(p => p.IsDirectMarketing || p.Basis is LegalBasis.LegitimateInterests or LegalBasis.PublicTask)
            .OrderBy(p => p.IsDirectMarketing ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>Whether consent to the purpose must be explicit: Art. 9(2)(a), or a consent purpose making automated decisions (Art. 22(2)(c)).</summary>
    public static bool NeedsExplicitConsent(PurposeDeclaration purpose) =>
        purpose.Condition == SpecialCategoryCondition.ExplicitConsent || (purpose.Basis == LegalBasis.Consent && purpose.AutomatedDecision is not null);

    public PurposeDeclaration? FindPurpose(string? id) => id is null ? null : Catalog.Purposes.FirstOrDefault(p => p.Id == id);

    /// <summary>Gives consent for a purpose known only at run time, through the ledger's public generic method.</summary>
    public ConsentRecord Give(IConsentLedger ledger, PurposeDeclaration purpose, string subjectId, string mechanism) =>
        Invoke(GiveMethod.MakeGenericMethod(purpose.Type), ledger, [subjectId, mechanism, Notice.Version, NeedsExplicitConsent(purpose)]);

    /// <summary>Withdraws consent for a purpose known only at run time.</summary>
    public static ConsentRecord Withdraw(IConsentLedger ledger, PurposeDeclaration purpose, string subjectId, string mechanism) =>
        Invoke(WithdrawMethod.MakeGenericMethod(purpose.Type), ledger, [subjectId, mechanism]);

    private static ConsentRecord Invoke(MethodInfo method, IConsentLedger ledger, object?[] arguments)
    {
        try
        {
            return (ConsentRecord)method.Invoke(ledger, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw; // unreachable
        }
    }
}
