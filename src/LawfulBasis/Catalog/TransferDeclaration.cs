namespace LawfulBasis;

/// <summary>An international transfer declared with <see cref="TransferAttribute"/> (Art. 30(1)(e), 44–49).</summary>
/// <param name="Country">The destination, ISO 3166-1 alpha-2.</param>
/// <param name="Safeguard">The Chapter V ground for the transfer.</param>
/// <param name="Recipient">Who receives the data, or null when not declared.</param>
/// <param name="Reference">Where the safeguard is documented, or null when not declared.</param>
public sealed record TransferDeclaration(string Country, TransferSafeguard Safeguard, string? Recipient, string? Reference)
{
    /// <summary>Whether the destination lies outside the European Economic Area, so Chapter V applies.</summary>
    public bool LeavesEuropeanEconomicArea => !Shared.CountryCodes.IsInEuropeanEconomicArea(Country);
}
