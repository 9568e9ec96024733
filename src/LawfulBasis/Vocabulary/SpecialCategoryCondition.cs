namespace LawfulBasis;

/// <summary>
/// The conditions of GDPR Art. 9(2) under which special categories of personal data may be processed. A purpose
/// that uses special-category data needs one of these in addition to its Art. 6 basis (the "two-key rule").
/// </summary>
/// <remarks>The numeric values are part of the contract with the analyzer, which reads them from attribute metadata.</remarks>
public enum SpecialCategoryCondition
{
    /// <summary>No Art. 9(2) condition is declared. Valid only for purposes that use no special-category data.</summary>
    None = 0,

    /// <summary>Art. 9(2)(a): explicit consent for one or more specified purposes.</summary>
    ExplicitConsent = 1,

    /// <summary>Art. 9(2)(b): obligations and rights in employment, social security and social protection law; requires a legal reference.</summary>
    Employment = 2,

    /// <summary>Art. 9(2)(c): vital interests, where the data subject is physically or legally incapable of giving consent.</summary>
    VitalInterests = 3,

    /// <summary>Art. 9(2)(d): a foundation, association or other not-for-profit body, about its members or regular contacts.</summary>
    NotForProfitBody = 4,

    /// <summary>Art. 9(2)(e): data manifestly made public by the data subject.</summary>
    MadePublicBySubject = 5,

    /// <summary>Art. 9(2)(f): establishment, exercise or defence of legal claims, or courts acting in their judicial capacity.</summary>
    LegalClaims = 6,

    /// <summary>Art. 9(2)(g): substantial public interest on the basis of Union or Member State law; requires a legal reference.</summary>
    SubstantialPublicInterest = 7,

    /// <summary>Art. 9(2)(h): preventive or occupational medicine, diagnosis, health or social care (with Art. 9(3) secrecy); requires a legal reference.</summary>
    HealthOrSocialCare = 8,

    /// <summary>Art. 9(2)(i): public interest in the area of public health; requires a legal reference.</summary>
    PublicHealth = 9,

    /// <summary>Art. 9(2)(j): archiving in the public interest, scientific or historical research or statistics under Art. 89(1); requires a legal reference.</summary>
    ArchivingResearchStatistics = 10,
}
