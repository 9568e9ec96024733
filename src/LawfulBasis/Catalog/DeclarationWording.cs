using LawfulBasis.Shared;

namespace LawfulBasis;

/// <summary>
/// How a declaration's lawful basis and retention read in every report (the record, the notice, the rights engine's
/// answers), so they say it in the same words.
/// </summary>
internal static class DeclarationWording
{
    public const string NotDeclared = "Not declared";

    public static string Basis(LegalBasis basis) => basis switch
    {
        LegalBasis.Consent => "Consent",
        LegalBasis.Contract => "Performance of a contract",
        LegalBasis.LegalObligation => "Legal obligation",
        LegalBasis.VitalInterests => "Vital interests",
        LegalBasis.PublicTask => "Public task",
        LegalBasis.LegitimateInterests => "Legitimate interests",
        _ => basis.ToString(),
    } + $" ({PurposeRules.ArticleOf(basis)})";

    public static string Retention(PurposeDeclaration purpose) =>
        purpose.Retention is { } retention ? $"{retention.Describe()} ({retention})" : NotDeclared;
}
