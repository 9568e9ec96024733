using LawfulBasis;

namespace FaceSearch.Lawful;

/// <summary>
/// Face unlock for the user's own account: the person enrols their own face, with explicit consent (Art. 9(2)(a)),
/// for one narrow purpose, kept one year. Nothing is scraped; nothing is sold.
/// </summary>
[Purpose("Let you unlock your account with your face", LegalBasis.Consent,
    Condition = SpecialCategoryCondition.ExplicitConsent,
    Retention = "P1Y",
    Categories = [typeof(BiometricDataAttribute), typeof(ImageDataAttribute)])]
public sealed class FaceUnlock;

/// <summary>An enrolled face template, bound to the one purpose it was collected for.</summary>
[DataSubject("account holder")]
[ProcessingFor<FaceUnlock>]
public sealed class FaceTemplate
{
    [SubjectId]
    public required string AccountId { get; init; }

    [ImageData]
    public required string PhotoReference { get; init; }

    [BiometricData]
    public required float[] Embedding { get; init; }
}
