namespace LawfulBasis;

/// <summary>An international transfer declared with <see cref="TransferAttribute"/> (Art. 30(1)(e), 44–49).</summary>
/// <param name="Country">The destination, ISO 3166-1 alpha-2.</param>
/// <param name="Safeguard">The Chapter V ground for the transfer.</param>
/// <param name="Recipient">Who receives the data, or null when not declared.</param>
/// <param name="Reference">Where the safeguard is documented, or null when not declared.</param>
/// <param name="Derogation">For an Art. 49 derogation, the point of Art. 49(1) relied on.</param>
public sealed record TransferDeclaration(
    string Country, TransferSafeguard Safeguard, string? Recipient, string? Reference, TransferDerogation Derogation = TransferDerogation.None)
{
    /// <summary>The article of the safeguard, for example <c>Art. 46(2)(c)</c>, or the point of Art. 49(1) for a derogation.</summary>
    public string SafeguardArticle => Safeguard == TransferSafeguard.Derogation && Derogation != TransferDerogation.None
        ? Shared.PurposeRules.ArticleOf(Derogation)
        : Shared.PurposeRules.ArticleOf(Safeguard);

    /// <summary>Whether the destination lies outside the European Economic Area, so Chapter V applies.</summary>
    public bool LeavesEuropeanEconomicArea => !Shared.CountryCodes.IsInEuropeanEconomicArea(Country);
}
