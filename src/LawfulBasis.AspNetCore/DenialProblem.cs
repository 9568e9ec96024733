using LawfulBasis.Processing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LawfulBasis.AspNetCore;

/// <summary>
/// Turns a denied decision into an RFC 9457 problem: 403 when the subject's own choice stops the processing (no or
/// withdrawn consent, objection, restriction), 451 Unavailable For Legal Reasons when the law forbids it (erased
/// subject, retention expired). The body names the purpose, the reason and the article, and nothing of the subject:
/// the decision's explanation carries dates from the subject's registers, so it is never sent.
/// </summary>
public static class DenialProblem
{
    /// <summary>The <c>type</c> URI prefix of LawfulBasis problems; the reason follows in kebab case.</summary>
    public const string TypePrefix = "urn:lawfulbasis:denied:";

    /// <summary>The HTTP status for a denial reason.</summary>
    /// <param name="reason">Why the gate denied the operation.</param>
    /// <returns>403, 451, or 500 for a purpose the catalog does not declare (a fault of the application, not of the request).</returns>
    public static int StatusCodeOf(DenialReason reason) => reason switch
    {
        DenialReason.Erased or DenialReason.RetentionExpired => StatusCodes.Status451UnavailableForLegalReasons,
        DenialReason.UndeclaredPurpose or DenialReason.None => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status403Forbidden,
    };

    /// <summary>The problem details for a denied decision.</summary>
    /// <param name="decision">The gate's decision; must be denied.</param>
    /// <param name="purposeName">The purpose's name, used when the decision has no declared purpose.</param>
    /// <returns>The problem, with <c>purpose</c>, <c>reason</c> and <c>article</c> extensions.</returns>
    public static ProblemDetails Create(in ProcessingDecision decision, string purposeName)
    {
        if (decision.IsAllowed)
        {
            throw new ArgumentException("The decision allows the operation; only a denial becomes a problem.", nameof(decision));
        }

        var purpose = decision.Purpose?.Name ?? purposeName;
        var problem = new ProblemDetails
        {
            Type = TypePrefix + Kebab(decision.Reason),
            Title = TitleOf(decision.Reason),
            Status = StatusCodeOf(decision.Reason),
            Detail = DetailOf(decision.Reason, purpose, decision.Operation),
        };
        problem.Extensions["purpose"] = purpose;
        problem.Extensions["reason"] = decision.Reason.ToString();
        problem.Extensions["article"] = decision.Article;
        return problem;
    }

    private static string TitleOf(DenialReason reason) => reason switch
    {
        DenialReason.NoConsent => "Consent not given",
        DenialReason.ConsentWithdrawn => "Consent withdrawn",
        DenialReason.ConsentNotExplicit => "Explicit consent needed",
        DenialReason.Objection => "The data subject objected",
        DenialReason.DirectMarketingObjection => "The data subject objected to direct marketing",
        DenialReason.Restricted => "Processing restricted",
        DenialReason.RetentionExpired => "Retention period expired",
        DenialReason.Erased => "The data subject's data was erased",
        _ => "Purpose not declared",
    };

    // Fixed wording per reason: the purpose and the operation are the application's, never the subject's.
    private static string DetailOf(DenialReason reason, string purpose, ProcessingOperation operation) => reason switch
    {
        DenialReason.NoConsent => $"Purpose `{purpose}` relies on consent, which the data subject has not given; {operation} is not lawful until they give it.",
        DenialReason.ConsentWithdrawn => $"The data subject withdrew consent to purpose `{purpose}`; processing stopped for the future.",
        DenialReason.ConsentNotExplicit => $"Purpose `{purpose}` uses special-category data and needs explicit consent, which the data subject has not given.",
        DenialReason.Objection => $"The data subject objected to purpose `{purpose}` and no compelling legitimate grounds are documented.",
        DenialReason.DirectMarketingObjection => $"The data subject objected to direct marketing; purpose `{purpose}` must stop.",
        DenialReason.Restricted => $"Processing of the data subject's data is restricted; only storage is allowed, not {operation} for purpose `{purpose}`.",
        DenialReason.RetentionExpired => $"The data is older than the retention period of purpose `{purpose}` and may no longer be processed.",
        DenialReason.Erased => $"The data subject's data was erased; only data retained under Art. 17(3) may still be stored, not used for {operation} under purpose `{purpose}`.",
        _ => $"`{purpose}` is not a declared purpose of this application, so the processing has no lawful basis.",
    };

    private static string Kebab(DenialReason reason) => reason switch
    {
        DenialReason.NoConsent => "no-consent",
        DenialReason.ConsentWithdrawn => "consent-withdrawn",
        DenialReason.ConsentNotExplicit => "consent-not-explicit",
        DenialReason.Objection => "objection",
        DenialReason.DirectMarketingObjection => "direct-marketing-objection",
        DenialReason.Restricted => "restricted",
        DenialReason.RetentionExpired => "retention-expired",
        DenialReason.Erased => "erased",
        _ => "undeclared-purpose",
    };
}
