namespace LawfulBasis;

/// <summary>
/// Marks personal data of a special category (GDPR Art. 9(1)). Processing it needs, besides an Art. 6 basis, an
/// Art. 9(2) condition declared on every purpose that uses it (<see cref="PurposeAttribute.Condition"/>).
/// </summary>
/// <remarks>Derive from this class for a special category of your own; the analyzer and the catalog treat it as Art. 9 data.</remarks>
public abstract class SpecialCategoryDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with a category in the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    /// <param name="category">The category name, for example <c>"HealthData"</c>.</param>
    protected SpecialCategoryDataAttribute(string category)
        : base(category)
    {
    }
}
