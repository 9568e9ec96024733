namespace LawfulBasis;

/// <summary>
/// The point of GDPR Art. 49(1) a transfer under <see cref="TransferSafeguard.Derogation"/> relies on. Derogations are
/// for specific situations and are read restrictively; the record must say which one applies (Art. 30(1)(e)).
/// </summary>
/// <remarks>The numeric values are part of the contract with the analyzer, which reads them from attribute metadata.</remarks>
public enum TransferDerogation
{
    /// <summary>No derogation is named.</summary>
    None = 0,

    /// <summary>Art. 49(1)(a): the subject explicitly consented after being informed of the possible risks.</summary>
    ExplicitConsent = 1,

    /// <summary>Art. 49(1)(b): necessary for a contract between the subject and the controller, or pre-contractual steps at their request.</summary>
    ContractWithSubject = 2,

    /// <summary>Art. 49(1)(c): necessary for a contract concluded in the subject's interest between the controller and another person.</summary>
    ContractInSubjectsInterest = 3,

    /// <summary>Art. 49(1)(d): necessary for important reasons of public interest recognised in Union or Member State law (49(4)).</summary>
    ImportantPublicInterest = 4,

    /// <summary>Art. 49(1)(e): necessary for the establishment, exercise or defence of legal claims.</summary>
    LegalClaims = 5,

    /// <summary>Art. 49(1)(f): necessary to protect vital interests where the subject is incapable of giving consent.</summary>
    VitalInterests = 6,

    /// <summary>Art. 49(1)(g): made from a register intended by law to provide information to the public.</summary>
    PublicRegister = 7,

    /// <summary>
    /// Art. 49(1), second subparagraph: compelling legitimate interests — not repetitive, a limited number of subjects,
    /// suitable safeguards assessed and documented, the supervisory authority informed (49(1), 49(6)).
    /// </summary>
    CompellingLegitimateInterests = 8,
}
