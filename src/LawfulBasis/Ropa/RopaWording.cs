using LawfulBasis.Shared;
using static LawfulBasis.DeclarationWording;

namespace LawfulBasis.Ropa;

/// <summary>The words the record uses for values, shared by the Markdown and CSV writers.</summary>
internal static class RopaWording
{
    public const string NoneDeclared = "None declared";
    public const string NoPurpose = "No purpose declared";

    public static string Condition(PurposeDeclaration purpose) => purpose.Condition switch
    {
        SpecialCategoryCondition.None when !purpose.UsesSpecialCategories => "Not applicable (no special-category data)",
        SpecialCategoryCondition.None => NotDeclared,
        var condition => $"{Words(condition.ToString())} ({PurposeRules.ArticleOf(condition)})",
    };

    public static string Safeguard(TransferDeclaration transfer) => transfer.Safeguard switch
    {
        TransferSafeguard.None when !transfer.LeavesEuropeanEconomicArea => "None needed (inside the EEA)",
        TransferSafeguard.None => NotDeclared,
        TransferSafeguard.AdequacyDecision => "Adequacy decision (Art. 45)",
        TransferSafeguard.StandardContractualClauses => "Standard contractual clauses adopted by the Commission (Art. 46(2)(c))",
        TransferSafeguard.SupervisoryAuthorityClauses => "Standard contractual clauses adopted by a supervisory authority (Art. 46(2)(d))",
        TransferSafeguard.BindingCorporateRules => "Binding corporate rules (Art. 46(2)(b), 47)",
        TransferSafeguard.PublicAuthorityInstrument => "Binding instrument between public authorities (Art. 46(2)(a))",
        TransferSafeguard.CodeOfConduct => "Approved code of conduct (Art. 46(2)(e), 40)",
        TransferSafeguard.Certification => "Approved certification (Art. 46(2)(f), 42)",
        TransferSafeguard.AuthorisedContractualClauses => "Contractual clauses authorised by the supervisory authority (Art. 46(3)(a))",
        TransferSafeguard.AdministrativeArrangement => "Administrative arrangement between public authorities (Art. 46(3)(b))",
        TransferSafeguard.Derogation => $"Derogation ({transfer.SafeguardArticle})",
        var other => other.ToString(),
    };

    public static string ErasureException(PurposeDeclaration purpose) => purpose.ErasureException switch
    {
        LawfulBasis.ErasureException.None => "None (erased on request)",
        var exception => $"{Words(exception.ToString())} ({PurposeRules.ArticleOf(exception)}), documented in {Value(purpose.ErasureExceptionReference)}",
    };

    public static string AutomatedDecision(PurposeDeclaration purpose) =>
        purpose.AutomatedDecision is null ? "None" : $"{purpose.AutomatedDecision} (allowed by {purpose.AutomatedDecisionGround ?? "no point of Art. 22(2)"})";

    public static string ImpactAssessment(PurposeDeclaration purpose) => (purpose.DpiaReference, purpose.ImpactAssessmentTrigger) switch
    {
        ({ } reference, { } trigger) => $"{reference} (required, {trigger})",
        ({ } reference, null) => reference,
        (null, { } trigger) => $"Required ({trigger}), not declared",
        _ => "Not required by Art. 35(3)",
    };

    public static string Transfer(TransferDeclaration transfer)
    {
        var text = $"{transfer.Country}: {Safeguard(transfer)}";
        if (transfer.Recipient is not null)
        {
            text += $", to {transfer.Recipient}";
        }

        if (transfer.Reference is not null)
        {
            text += $", documented in {transfer.Reference}";
        }

        return text;
    }

    public static string Assessment(PurposeDeclaration purpose) =>
        purpose.AssessmentReference ?? (purpose.Basis == LegalBasis.LegitimateInterests ? NotDeclared : "Not applicable");

    public static string Category(DataCategory category) => category.Kind switch
    {
        DataCategoryKind.SpecialCategory => $"{category.Name} (special category, Art. 9(1))",
        DataCategoryKind.CriminalOffence => $"{category.Name} (criminal offences, Art. 10)",
        _ => category.Name,
    };

    public static string List(IEnumerable<string> values, string whenEmpty = NoneDeclared)
    {
        var text = string.Join("; ", values);
        return text.Length == 0 ? whenEmpty : text;
    }

    public static string Value(string? value) => value ?? NotDeclared;

    public static string PurposesOf(PersonalDataMember member) =>
        List(member.Purposes.Select(p => $"{p.Name}: {Basis(p.Basis)}"), NoPurpose);

    /// <summary>Turns <c>HealthOrSocialCare</c> into <c>Health or social care</c>.</summary>
    private static string Words(string pascal)
    {
        var text = new System.Text.StringBuilder(pascal.Length + 8);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
