namespace LawfulBasis.Processing;

/// <summary>
/// The grounds of Art. 18(2) on which restricted data may still be processed beyond storage. Name one in
/// <see cref="ProcessingContext.RestrictionException"/> when an operation on restricted data relies on it.
/// </summary>
public enum RestrictionException
{
    /// <summary>No exception: under restriction only storage is allowed.</summary>
    None = 0,

    /// <summary>The data subject consents to the processing (Art. 18(2)), for example to the erasure they now ask for.</summary>
    SubjectConsent = 1,

    /// <summary>The establishment, exercise or defence of legal claims (Art. 18(2)).</summary>
    LegalClaims = 2,

    /// <summary>The protection of the rights of another natural or legal person (Art. 18(2)).</summary>
    ProtectionOfOthers = 3,

    /// <summary>Important public interest of the Union or of a Member State (Art. 18(2)).</summary>
    ImportantPublicInterest = 4,
}
