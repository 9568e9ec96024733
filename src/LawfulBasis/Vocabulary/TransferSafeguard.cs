namespace LawfulBasis;

/// <summary>
/// The ground on which personal data may leave the European Economic Area (GDPR Chapter V, Art. 44–49).
/// </summary>
/// <remarks>The numeric values are part of the contract with the analyzer, which reads them from attribute metadata.</remarks>
public enum TransferSafeguard
{
    /// <summary>No safeguard is declared. Valid only for a destination inside the EEA.</summary>
    None = 0,

    /// <summary>Art. 45: the Commission has decided that the destination ensures an adequate level of protection.</summary>
    AdequacyDecision = 1,

    /// <summary>Art. 46(2)(c): standard data protection clauses adopted by the Commission (for example Decision 2021/914).</summary>
    StandardContractualClauses = 2,

    /// <summary>Art. 46(2)(b) and Art. 47: binding corporate rules approved by the competent supervisory authority.</summary>
    BindingCorporateRules = 3,

    /// <summary>Art. 49(1): a derogation for a specific situation; name the point with <c>TransferAttribute.Derogation</c> and document it.</summary>
    Derogation = 4,

    /// <summary>Art. 46(2)(d): standard data protection clauses adopted by a supervisory authority and approved by the Commission.</summary>
    SupervisoryAuthorityClauses = 5,

    /// <summary>Art. 46(2)(a): a legally binding and enforceable instrument between public authorities or bodies.</summary>
    PublicAuthorityInstrument = 6,

    /// <summary>Art. 46(2)(e): an approved code of conduct (Art. 40) with binding commitments of the importer.</summary>
    CodeOfConduct = 7,

    /// <summary>Art. 46(2)(f): an approved certification mechanism (Art. 42) with binding commitments of the importer.</summary>
    Certification = 8,

    /// <summary>Art. 46(3)(a): contractual clauses authorised by the competent supervisory authority.</summary>
    AuthorisedContractualClauses = 9,

    /// <summary>Art. 46(3)(b): provisions in administrative arrangements between public authorities, authorised by the supervisory authority.</summary>
    AdministrativeArrangement = 10,
}
