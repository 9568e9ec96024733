using Microsoft.Extensions.Compliance.Classification;

namespace LawfulBasis;

/// <summary>
/// Marks a property, field or parameter as holding personal data (GDPR Art. 4(1)) of one category.
/// </summary>
/// <remarks>
/// Every category is its own attribute type deriving from this class, so the compiler, the LawfulBasis analyzer and
/// the .NET redaction pipeline (<c>Microsoft.Extensions.Compliance.Redaction</c>) all see it. Add a category of your
/// own by deriving and passing a name from your taxonomy, for example
/// <c>public sealed class LoyaltyData() : PersonalDataAttribute("LoyaltyData");</c>.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue,
    AllowMultiple = false,
    Inherited = true)]
public abstract class PersonalDataAttribute : DataClassificationAttribute
{
    /// <summary>Initializes the attribute with a category in the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    /// <param name="category">The category name, for example <c>"ContactData"</c>. Must not be empty.</param>
    protected PersonalDataAttribute(string category)
        : this(new DataClassification(GdprTaxonomy.TaxonomyName, category))
    {
    }

    /// <summary>Initializes the attribute with a classification of any taxonomy.</summary>
    /// <param name="classification">The classification this category maps to.</param>
    protected PersonalDataAttribute(DataClassification classification)
        : base(classification)
    {
    }

    /// <summary>The category name shown in the Record of Processing Activities and in access reports.</summary>
    public string Category => Classification.Value;
}
