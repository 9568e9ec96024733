namespace LawfulBasis;

/// <summary>
/// The exceptions of GDPR Art. 17(3) under which data may be kept despite an erasure request, "to the extent that
/// processing is necessary". A purpose declares its exception explicitly, with the reference that documents it, so
/// that no data is kept merely because of the basis or Art. 9 condition it happens to use.
/// </summary>
/// <remarks>The numeric values are part of the contract with the analyzer, which reads them from attribute metadata.</remarks>
public enum ErasureException
{
    /// <summary>No exception: the purpose's data is erased on request when an Art. 17(1) ground applies.</summary>
    None = 0,

    /// <summary>Art. 17(3)(a): exercising the right of freedom of expression and information.</summary>
    FreedomOfExpression = 1,

    /// <summary>
    /// Art. 17(3)(b): compliance with a legal obligation under Union or Member State law, or a task carried out in the
    /// public interest or in the exercise of official authority. Only for <see cref="LegalBasis.LegalObligation"/> and
    /// <see cref="LegalBasis.PublicTask"/> purposes, which imply it (with their legal reference) when nothing is declared.
    /// </summary>
    LegalObligationOrPublicTask = 2,

    /// <summary>
    /// Art. 17(3)(c): reasons of public interest in the area of public health, in accordance with Art. 9(2)(h) and (i)
    /// and 9(3). Only for purposes under <see cref="SpecialCategoryCondition.HealthOrSocialCare"/> or
    /// <see cref="SpecialCategoryCondition.PublicHealth"/>.
    /// </summary>
    PublicHealth = 3,

    /// <summary>
    /// Art. 17(3)(d): archiving in the public interest, scientific or historical research or statistics under Art. 89(1),
    /// in so far as erasure is likely to render impossible or seriously impair that processing; the reference must
    /// document why it would.
    /// </summary>
    ArchivingResearchStatistics = 4,

    /// <summary>Art. 17(3)(e): the establishment, exercise or defence of legal claims.</summary>
    LegalClaims = 5,
}
