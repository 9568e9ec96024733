namespace LawfulBasis.Processing;

/// <summary>Why the gate refused an operation; <see cref="None"/> when it allowed it.</summary>
public enum DenialReason
{
    /// <summary>Not denied.</summary>
    None = 0,

    /// <summary>The purpose type is not a declared purpose in the catalog (Art. 5(1)(b), 6(1)).</summary>
    UndeclaredPurpose = 1,

    /// <summary>The purpose relies on consent and the subject has never given it (Art. 6(1)(a), 7(1)).</summary>
    NoConsent = 2,

    /// <summary>The subject withdrew consent; processing must stop for the future (Art. 7(3)).</summary>
    ConsentWithdrawn = 3,

    /// <summary>The purpose needs explicit consent for special-category data and the consent given was not explicit (Art. 9(2)(a)).</summary>
    ConsentNotExplicit = 4,

    /// <summary>The subject objected and no compelling legitimate grounds override the objection (Art. 21(1)).</summary>
    Objection = 5,

    /// <summary>The subject objected to direct marketing, which is absolute (Art. 21(2)–(3)).</summary>
    DirectMarketingObjection = 6,

    /// <summary>
    /// Processing is restricted: only storage is allowed, and erasure is refused too, since the subject opposed it or needs
    /// the data for legal claims (Art. 18(1)(b)–(c), 18(2)), unless an Art. 18(2) exception is named.
    /// </summary>
    Restricted = 7,

    /// <summary>The data is older than the purpose's retention period (Art. 5(1)(e)).</summary>
    RetentionExpired = 8,

    /// <summary>
    /// The subject's data was erased (Art. 17(1)); data retained under Art. 17(3) may still be stored, read, disclosed and
    /// erased for the purpose that retained it, nothing else.
    /// </summary>
    Erased = 9,

    /// <summary>Erasure refused: a legal hold keeps the subject's data for legal claims (Art. 17(3)(e)).</summary>
    LegalHold = 10,
}
