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

    /// <summary>Art. 46(2)(c)/(d): standard data protection clauses adopted by the Commission or a supervisory authority.</summary>
    StandardContractualClauses = 2,

    /// <summary>Art. 46(2)(b) and Art. 47: binding corporate rules approved by the competent supervisory authority.</summary>
    BindingCorporateRules = 3,

    /// <summary>Art. 49(1): a derogation for a specific situation (explicit consent, contract, legal claims, …); must be documented.</summary>
    Derogation = 4,
}
