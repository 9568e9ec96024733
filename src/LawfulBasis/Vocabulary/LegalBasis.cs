namespace LawfulBasis;

/// <summary>
/// The six lawful bases of GDPR Art. 6(1). Every purpose names exactly one, fixed before processing starts.
/// </summary>
/// <remarks>The numeric values are part of the contract with the analyzer, which reads them from attribute metadata.</remarks>
public enum LegalBasis
{
    /// <summary>Art. 6(1)(a): the data subject has given consent for one or more specific purposes.</summary>
    Consent = 0,

    /// <summary>Art. 6(1)(b): necessary for a contract with the data subject, or steps before entering into one.</summary>
    Contract = 1,

    /// <summary>Art. 6(1)(c): necessary to comply with a legal obligation; requires a legal reference (Art. 6(3)).</summary>
    LegalObligation = 2,

    /// <summary>Art. 6(1)(d): necessary to protect the vital interests of the data subject or another person.</summary>
    VitalInterests = 3,

    /// <summary>Art. 6(1)(e): necessary for a task in the public interest or official authority; requires a legal reference (Art. 6(3)).</summary>
    PublicTask = 4,

    /// <summary>
    /// Art. 6(1)(f): necessary for legitimate interests not overridden by the data subject's interests; requires a
    /// documented legitimate-interest assessment, and is not available to public authorities for their tasks.
    /// </summary>
    LegitimateInterests = 5,
}
