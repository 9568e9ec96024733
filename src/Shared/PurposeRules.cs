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
            else if (purpose.Basis == LegalBasis.Consent && purpose.Condition != SpecialCategoryCondition.ExplicitConsent)
            {
                found.Add(new RuleViolation("ConsentWithoutExplicitConsent", "Art. 9(2)(a)",
                    $"Purpose `{name}` relies on Consent for special-category data ({category}), which requires explicit consent (Art. 9(2)(a)); set Condition = SpecialCategoryCondition.ExplicitConsent"));
            }

            if (NeedsLegalReference(purpose.Condition) && string.IsNullOrWhiteSpace(purpose.LegalReference))
            {
                found.Add(new RuleViolation("ConditionWithoutLegalReference", ArticleOf(purpose.Condition),
                    $"Purpose `{name}` uses the Art. 9 condition {purpose.Condition}, which must rest on Union or Member State law ({ArticleOf(purpose.Condition)}); set LegalReference"));
            }
        }

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
                $"Purpose `{name}` transfers data to {country}, outside the EEA, with no safeguard (Art. 44–46); declare an adequacy decision, standard contractual clauses, binding corporate rules or an Art. 49 derogation"));
        }

        if (transfer.Safeguard == TransferSafeguard.Derogation && string.IsNullOrWhiteSpace(transfer.Reference))
        {
            found.Add(new RuleViolation("DerogationWithoutReference", "Art. 49(1)",
                $"Purpose `{name}` transfers data to {country} under an Art. 49 derogation without documenting it (Art. 49(1), 30(1)(e)); set Reference to where the derogation and its safeguards are documented"));
        }
    }

    private static bool NeedsLegalReference(SpecialCategoryCondition condition) =>
        condition is SpecialCategoryCondition.Employment
            or SpecialCategoryCondition.SubstantialPublicInterest
            or SpecialCategoryCondition.HealthOrSocialCare
            or SpecialCategoryCondition.PublicHealth
            or SpecialCategoryCondition.ArchivingResearchStatistics;

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
        safeguard is >= TransferSafeguard.None and <= TransferSafeguard.Derogation;
}
