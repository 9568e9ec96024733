namespace LawfulBasis;

/// <summary>
/// Declares, on a purpose type, that data processed for the purpose is transferred to another country
/// (GDPR Art. 30(1)(e), 44–49). Repeat it once per destination.
/// </summary>
/// <remarks>A destination outside the European Economic Area needs a <see cref="TransferSafeguard"/> (rule LB0003).</remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class TransferAttribute : Attribute
{
    /// <summary>Declares a transfer.</summary>
    /// <param name="country">The destination as an ISO 3166-1 alpha-2 code, for example <c>"US"</c>.</param>
    /// <param name="safeguard">The Chapter V ground for the transfer; <see cref="TransferSafeguard.None"/> only inside the EEA.</param>
    public TransferAttribute(string country, TransferSafeguard safeguard)
    {
        Country = country;
        Safeguard = safeguard;
    }

    /// <summary>The destination country, ISO 3166-1 alpha-2.</summary>
    public string Country { get; }

    /// <summary>The Chapter V ground for the transfer.</summary>
    public TransferSafeguard Safeguard { get; }

    /// <summary>Who receives the data there, for example <c>"Cloud hosting provider (processor)"</c>.</summary>
    public string? Recipient { get; set; }

    /// <summary>
    /// Where the safeguard is documented, for example <c>"SCC 2021/914 module 2, signed 2024-03-01"</c>. Required for an
    /// Art. 49 <see cref="TransferSafeguard.Derogation"/>, whose documentation Art. 30(1)(e) demands.
    /// </summary>
    public string? Reference { get; set; }

    /// <summary>
    /// For a <see cref="TransferSafeguard.Derogation"/>, the point of Art. 49(1) relied on; required then, because each
    /// derogation has its own conditions.
    /// </summary>
    public TransferDerogation Derogation { get; set; }
}
