using System.Collections.Generic;

namespace LawfulBasis.Shared;

/// <summary>
/// The GDPR rules a purpose declaration must satisfy. The single implementation behind both the runtime
/// <c>ProcessingCatalog</c> and the analyzer's rule LB0003, so a declaration the build accepts is one the host accepts.
/// </summary>
internal static class PurposeRules
{
    public static List<RuleViolation> Check(PurposeFacts purpose)
    {
        var found = new List<RuleViolation>();
        var name = purpose.Name;

        if (string.IsNullOrWhiteSpace(purpose.Description))
        {
            found.Add(new RuleViolation("MissingDescription", "Art. 5(1)(b)",
                $"Purpose `{name}` has no description, but purposes must be specified and explicit (Art. 5(1)(b)); describe what the processing is for"));
        }

        if (!IsDefined(purpose.Basis))
        {
            found.Add(new RuleViolation("UnknownBasis", "Art. 6(1)",
                $"Purpose `{name}` names lawful basis {(int)purpose.Basis}, which is not one of the six bases of Art. 6(1); use a LegalBasis member"));
        }

        if (purpose.Basis == LegalBasis.LegitimateInterests)
        {
            if (string.IsNullOrWhiteSpace(purpose.AssessmentReference))
            {
                found.Add(new RuleViolation("LegitimateInterestsWithoutAssessment", "Art. 6(1)(f)",
                    $"Purpose `{name}` uses LegitimateInterests but names no legitimate-interest assessment (Art. 6(1)(f)); set AssessmentReference"));
            }

            if (purpose.ControllerIsPublicAuthority)
            {
                found.Add(new RuleViolation("LegitimateInterestsByPublicAuthority", "Art. 6(1)",
                    $"Purpose `{name}` uses LegitimateInterests, which a public authority cannot rely on for its tasks (Art. 6(1), last subparagraph); use PublicTask with a LegalReference"));
            }
        }

        if (purpose.Basis is LegalBasis.LegalObligation or LegalBasis.PublicTask && string.IsNullOrWhiteSpace(purpose.LegalReference))
        {
            found.Add(new RuleViolation("BasisWithoutLegalReference", "Art. 6(3)",
                $"Purpose `{name}` uses {purpose.Basis} but names no law (Art. 6(3)); set LegalReference to the statute or regulation"));
        }

        if (!IsDefined(purpose.Condition))
        {
            found.Add(new RuleViolation("UnknownCondition", "Art. 9(2)",
                $"Purpose `{name}` names Art. 9 condition {(int)purpose.Condition}, which is not one of Art. 9(2)(a)–(j); use a SpecialCategoryCondition member"));
        }
        else if (purpose.SpecialCategory is { } category)
        {
            if (purpose.Condition == SpecialCategoryCondition.None)
            {
                found.Add(new RuleViolation("SpecialCategoryWithoutCondition", "Art. 9(1)",
                    $"Purpose `{name}` uses special-category data ({category}) but declares no Art. 9(2) condition (Art. 9(1)); set Condition"));
            }
            else if (purpose.Basis == LegalBasis.Consent && !CompatibleWithConsent(purpose.Condition))
            {
                found.Add(new RuleViolation("ConsentWithoutExplicitConsent", "Art. 9(2)(a)",
                    $"Purpose `{name}` relies on Consent for special-category data ({category}) under {ArticleOf(purpose.Condition)}, a condition that does not rest on the subject's choice; consent to special-category data must be explicit (Art. 9(2)(a)), or the condition must be one consent can accompany: not-for-profit body (9(2)(d)), data made public by the subject (9(2)(e)) or health or social care (9(2)(h)). Set Condition = SpecialCategoryCondition.ExplicitConsent, or choose the basis the condition implies"));
            }

            if (NeedsLegalReference(purpose) && string.IsNullOrWhiteSpace(purpose.LegalReference))
            {
                found.Add(new RuleViolation("ConditionWithoutLegalReference", ArticleOf(purpose.Condition),
                    $"Purpose `{name}` uses the Art. 9 condition {purpose.Condition}, which must rest on {Foundation(purpose.Condition)} ({ArticleOf(purpose.Condition)}); set {(purpose.Condition == SpecialCategoryCondition.HealthOrSocialCare ? "LegalReference, or ContractReference to the contract with the health professional" : "LegalReference")}"));
            }
        }

        if (purpose.MakesAutomatedDecisions)
        {
            CheckAutomatedDecisions(purpose, found);
        }

        CheckErasureException(purpose, found);
        CheckImpactAssessment(purpose, found);

        if (purpose.UsesCriminalData && string.IsNullOrWhiteSpace(purpose.LegalReference))
        {
            found.Add(new RuleViolation("CriminalDataWithoutLegalReference", "Art. 10",
                $"Purpose `{name}` uses criminal-offence data, allowed only under official authority or a law that authorises it (Art. 10); set LegalReference"));
        }

        if (purpose.Retention is not null && !IsoDurationSyntax.TryParse(purpose.Retention, out _, out var error))
        {
            found.Add(new RuleViolation("InvalidRetention", "Art. 5(1)(e)",
                $"Purpose `{name}` has retention \"{purpose.Retention}\", which is not an ISO 8601 duration: {error} (Art. 5(1)(e)); write it like P10Y, P6M, P30D or PT12H"));
        }

        foreach (var transfer in purpose.Transfers)
        {
            CheckTransfer(name, transfer, found);
        }

        return found;
    }

    /// <summary>The message for <c>[ProcessingFor&lt;T&gt;]</c> where T carries no <c>[Purpose]</c>.</summary>
    public static RuleViolation NotAPurpose(string site, string typeName) =>
        new("ProcessingForNonPurpose", "Art. 5(1)(b)",
            $"{site} names `{typeName}` in ProcessingFor, but `{typeName}` is not a purpose (Art. 5(1)(b)); add [Purpose(...)] to `{typeName}` or name a declared purpose");

    /// <summary>The message for a purpose whose Categories list a type that is not a personal-data category.</summary>
    public static RuleViolation NotACategory(string purposeName, string typeName) =>
        new("CategoryNotPersonalData", "Art. 30(1)(c)",
            $"Purpose `{purposeName}` lists `{typeName}` in Categories, but it is not a personal-data category (Art. 30(1)(c)); list attribute types deriving from PersonalDataAttribute");

    private static void CheckTransfer(string name, TransferFacts transfer, List<RuleViolation> found)
    {
        var country = transfer.Country;
        if (!CountryCodes.IsAssigned(country))
        {
            found.Add(new RuleViolation("InvalidTransferCountry", "Art. 30(1)(e)",
                $"Purpose `{name}` declares a transfer to \"{country}\", which is not an ISO 3166-1 alpha-2 country code (Art. 30(1)(e)); use a code such as \"US\" or \"GB\""));
            return;
        }

        if (!IsDefined(transfer.Safeguard))
        {
            found.Add(new RuleViolation("UnknownSafeguard", "Art. 44",
                $"Purpose `{name}` declares a transfer to {country} with safeguard {(int)transfer.Safeguard}, which is not a Chapter V ground (Art. 44); use a TransferSafeguard member"));
            return;
        }

        if (transfer.Safeguard == TransferSafeguard.None && !CountryCodes.IsInEuropeanEconomicArea(country))
        {
            found.Add(new RuleViolation("TransferWithoutSafeguard", "Art. 44",
                $"Purpose `{name}` transfers data to {country}, outside the EEA, with no safeguard (Art. 44–46); declare an adequacy decision (Art. 45), an Art. 46 safeguard (standard contractual clauses, binding corporate rules, …) or an Art. 49 derogation"));
        }

        if (transfer.Safeguard == TransferSafeguard.Derogation && string.IsNullOrWhiteSpace(transfer.Reference))
        {
            found.Add(new RuleViolation("DerogationWithoutReference", "Art. 49(1)",
                $"Purpose `{name}` transfers data to {country} under an Art. 49 derogation without documenting it (Art. 49(1), 30(1)(e)); set Reference to where the derogation and its safeguards are documented"));
        }

        if (transfer.Safeguard == TransferSafeguard.Derogation && !IsDefined(transfer.Derogation, allowNone: false))
        {
            found.Add(new RuleViolation("DerogationWithoutPoint", "Art. 49(1)",
                $"Purpose `{name}` transfers data to {country} under an Art. 49 derogation without saying which: each point of Art. 49(1) has its own conditions; set Derogation to a TransferDerogation member (for example TransferDerogation.ExplicitConsent for 49(1)(a))"));
        }
        else if (transfer.Safeguard != TransferSafeguard.Derogation && transfer.Derogation != TransferDerogation.None)
        {
            found.Add(new RuleViolation("DerogationPointWithoutDerogation", "Art. 49(1)",
                $"Purpose `{name}` names the derogation {transfer.Derogation} for its transfer to {country}, whose safeguard is {transfer.Safeguard}; a derogation applies only in the absence of an adequacy decision or appropriate safeguards (Art. 49(1)), so set Safeguard = TransferSafeguard.Derogation or remove Derogation"));
        }
    }

    /// <summary>Art. 22(2) and (4): when solely automated decisions are allowed at all.</summary>
    private static void CheckAutomatedDecisions(PurposeFacts purpose, List<RuleViolation> found)
    {
        var name = purpose.Name;
        if (AutomatedDecisionGround(purpose.Basis, purpose.Condition, purpose.LegalReference) is null)
        {
            found.Add(new RuleViolation("AutomatedDecisionWithoutGround", "Art. 22(2)",
                $"Purpose `{name}` makes solely automated decisions under {purpose.Basis}, but Art. 22(1) forbids them unless they are necessary for a contract with the subject (22(2)(a), basis Contract), authorised by Union or Member State law (22(2)(b), set LegalReference) or based on explicit consent (22(2)(c), basis Consent)"));
        }

        if (purpose.SpecialCategory is { } category
            && purpose.Condition is not (SpecialCategoryCondition.ExplicitConsent or SpecialCategoryCondition.SubstantialPublicInterest))
        {
            found.Add(new RuleViolation("AutomatedDecisionOnSpecialCategories", "Art. 22(4)",
                $"Purpose `{name}` makes solely automated decisions on special-category data ({category}), allowed only with explicit consent (Art. 9(2)(a)) or for substantial public interest under law (Art. 9(2)(g)) (Art. 22(4)); change Condition, or have a person take the decision"));
        }
    }

    /// <summary>Art. 17(3): an exception must be documented, and (b) and (c) are available only to the purposes they name.</summary>
    private static void CheckErasureException(PurposeFacts purpose, List<RuleViolation> found)
    {
        var name = purpose.Name;
        var exception = purpose.ErasureException;
        if (exception == ErasureException.None)
        {
            return;
        }

        if (!IsDefined(exception))
        {
            found.Add(new RuleViolation("UnknownErasureException", "Art. 17(3)",
                $"Purpose `{name}` names erasure exception {(int)exception}, which is not one of Art. 17(3)(a)–(e); use an ErasureException member"));
            return;
        }

        if (string.IsNullOrWhiteSpace(purpose.ErasureExceptionReference)
            && !(exception == ErasureException.LegalObligationOrPublicTask && !string.IsNullOrWhiteSpace(purpose.LegalReference)))
        {
            found.Add(new RuleViolation("ErasureExceptionWithoutReference", ArticleOf(exception),
                $"Purpose `{name}` keeps data despite erasure requests under {ArticleOf(exception)} without documenting why (Art. 17(3), 5(2)); set ErasureExceptionReference to the law, claim or protocol that requires keeping it"));
        }

        if (exception == ErasureException.LegalObligationOrPublicTask && purpose.Basis is not (LegalBasis.LegalObligation or LegalBasis.PublicTask))
        {
            found.Add(new RuleViolation("ErasureExceptionNotAvailable", "Art. 17(3)(b)",
                $"Purpose `{name}` relies on {purpose.Basis} but claims the legal-obligation or public-task exception (Art. 17(3)(b)); declare the retention the law requires as its own LegalObligation or PublicTask purpose"));
        }

        if (exception == ErasureException.PublicHealth
            && purpose.Condition is not (SpecialCategoryCondition.HealthOrSocialCare or SpecialCategoryCondition.PublicHealth))
        {
            found.Add(new RuleViolation("ErasureExceptionNotAvailable", "Art. 17(3)(c)",
                $"Purpose `{name}` claims the public-health exception (Art. 17(3)(c)), which applies only to processing under Art. 9(2)(h) or (i) and 9(3); set Condition accordingly or choose another exception"));
        }
    }

    /// <summary>Art. 35(3): the cases where a data protection impact assessment is always required.</summary>
    private static void CheckImpactAssessment(PurposeFacts purpose, List<RuleViolation> found)
    {
        if (!string.IsNullOrWhiteSpace(purpose.DpiaReference) || DpiaTrigger(purpose) is not { } trigger)
        {
            return;
        }

        found.Add(new RuleViolation("ImpactAssessmentRequired", trigger.Article,
            $"Purpose `{purpose.Name}` {trigger.Why}, which requires a data protection impact assessment before processing starts ({trigger.Article}); carry it out and set DpiaReference"));
    }

    /// <summary>The first Art. 35(3) case a purpose falls under, whether or not it names a DPIA.</summary>
    public static (string Article, string Why)? DpiaTrigger(PurposeFacts purpose)
    {
        if (purpose.MakesAutomatedDecisions)
        {
            return ("Art. 35(3)(a)", "makes automated decisions with legal or similarly significant effects");
        }

        if (purpose.LargeScale && (purpose.SpecialCategory is not null || purpose.UsesCriminalData))
        {
            var what = purpose.SpecialCategory == "BiometricData"
                ? "identifies people from biometric data on a large scale"
                : $"processes {(purpose.SpecialCategory is null ? "criminal-offence data (Art. 10)" : $"special-category data ({purpose.SpecialCategory})")} on a large scale";
            return ("Art. 35(3)(b)", what);
        }

        return purpose.SystematicMonitoring
            ? ("Art. 35(3)(c)", "systematically monitors a publicly accessible area on a large scale")
            : null;
    }

    /// <summary>
    /// The point of Art. 22(2) that allows a purpose's automated decisions, or null when none does: explicit consent (c)
    /// first, then a contract (a), then a law (b).
    /// </summary>
    public static string? AutomatedDecisionGround(LegalBasis basis, SpecialCategoryCondition condition, string? legalReference)
    {
        if (basis == LegalBasis.Consent || condition == SpecialCategoryCondition.ExplicitConsent)
        {
            return "Art. 22(2)(c)";
        }

        if (basis == LegalBasis.Contract)
        {
            return "Art. 22(2)(a)";
        }

        return string.IsNullOrWhiteSpace(legalReference) ? null : "Art. 22(2)(b)";
    }

    /// <summary>The Art. 17(3) point of an erasure exception, for example <c>Art. 17(3)(b)</c>.</summary>
    public static string ArticleOf(ErasureException exception) =>
        IsDefined(exception) && exception != ErasureException.None ? $"Art. 17(3)({(char)('a' + (int)exception - 1)})" : "Art. 17(3)";

    /// <summary>The Art. 49(1) point of a derogation, for example <c>Art. 49(1)(a)</c>.</summary>
    public static string ArticleOf(TransferDerogation derogation) => derogation switch
    {
        TransferDerogation.CompellingLegitimateInterests => "Art. 49(1), second subparagraph",
        _ when IsDefined(derogation, allowNone: false) => $"Art. 49(1)({(char)('a' + (int)derogation - 1)})",
        _ => "Art. 49(1)",
    };

    /// <summary>The Chapter V article of a safeguard, for example <c>Art. 46(2)(c)</c>.</summary>
    public static string ArticleOf(TransferSafeguard safeguard) => safeguard switch
    {
        TransferSafeguard.AdequacyDecision => "Art. 45",
        TransferSafeguard.StandardContractualClauses => "Art. 46(2)(c)",
        TransferSafeguard.BindingCorporateRules => "Art. 46(2)(b), 47",
        TransferSafeguard.Derogation => "Art. 49(1)",
        TransferSafeguard.SupervisoryAuthorityClauses => "Art. 46(2)(d)",
        TransferSafeguard.PublicAuthorityInstrument => "Art. 46(2)(a)",
        TransferSafeguard.CodeOfConduct => "Art. 46(2)(e), 40",
        TransferSafeguard.Certification => "Art. 46(2)(f), 42",
        TransferSafeguard.AuthorisedContractualClauses => "Art. 46(3)(a)",
        TransferSafeguard.AdministrativeArrangement => "Art. 46(3)(b)",
        _ => "Art. 44",
    };

    /// <summary>Whether the condition rests on law (or, for (h), a contract with a health professional) and none is named.</summary>
    private static bool NeedsLegalReference(PurposeFacts purpose) => purpose.Condition switch
    {
        SpecialCategoryCondition.HealthOrSocialCare => string.IsNullOrWhiteSpace(purpose.ContractReference),
        SpecialCategoryCondition.Employment or SpecialCategoryCondition.SubstantialPublicInterest
            or SpecialCategoryCondition.PublicHealth or SpecialCategoryCondition.ArchivingResearchStatistics => true,
        _ => false,
    };

    /// <summary>What a condition must rest on, in the words of Art. 9(2).</summary>
    private static string Foundation(SpecialCategoryCondition condition) => condition switch
    {
        SpecialCategoryCondition.Employment => "Union or Member State law or a collective agreement pursuant to Member State law",
        SpecialCategoryCondition.HealthOrSocialCare => "Union or Member State law or a contract with a health professional (subject to the secrecy of Art. 9(3))",
        _ => "Union or Member State law",
    };

    /// <summary>The Art. 9(2) conditions consent can accompany: (a), and (d), (e), (h), which do not presuppose another ground.</summary>
    private static bool CompatibleWithConsent(SpecialCategoryCondition condition) =>
        condition is SpecialCategoryCondition.ExplicitConsent
            or SpecialCategoryCondition.NotForProfitBody
            or SpecialCategoryCondition.MadePublicBySubject
            or SpecialCategoryCondition.HealthOrSocialCare;

    /// <summary>The Art. 9(2) point of a condition, for example <c>Art. 9(2)(b)</c>.</summary>
    public static string ArticleOf(SpecialCategoryCondition condition) =>
        condition is >= SpecialCategoryCondition.ExplicitConsent and <= SpecialCategoryCondition.ArchivingResearchStatistics
            ? $"Art. 9(2)({(char)('a' + (int)condition - 1)})"
            : "Art. 9(2)";

    /// <summary>The Art. 6(1) point of a basis, for example <c>Art. 6(1)(f)</c>.</summary>
    public static string ArticleOf(LegalBasis basis) =>
        IsDefined(basis) ? $"Art. 6(1)({(char)('a' + (int)basis)})" : "Art. 6(1)";

    private static bool IsDefined(LegalBasis basis) => basis is >= LegalBasis.Consent and <= LegalBasis.LegitimateInterests;

    private static bool IsDefined(SpecialCategoryCondition condition) =>
        condition is >= SpecialCategoryCondition.None and <= SpecialCategoryCondition.ArchivingResearchStatistics;

    private static bool IsDefined(TransferSafeguard safeguard) =>
        safeguard is >= TransferSafeguard.None and <= TransferSafeguard.AdministrativeArrangement;

    private static bool IsDefined(ErasureException exception) =>
        exception is >= ErasureException.None and <= ErasureException.LegalClaims;

    private static bool IsDefined(TransferDerogation derogation, bool allowNone) =>
        derogation is >= TransferDerogation.ExplicitConsent and <= TransferDerogation.CompellingLegitimateInterests
        || (allowNone && derogation == TransferDerogation.None);
}
