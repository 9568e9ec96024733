namespace LawfulBasis;

/// <summary>
/// Marks personal data relating to criminal convictions and offences or related security measures (GDPR Art. 10).
/// </summary>
/// <remarks>
/// Art. 10 data is not an Art. 9 special category, but it may be processed only under official authority or when
/// authorised by law: every purpose that uses it must name that law in <see cref="PurposeAttribute.LegalReference"/>.
/// </remarks>
public sealed class CriminalDataAttribute : PersonalDataAttribute
{
    /// <summary>Initializes the attribute with the <c>CriminalData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public CriminalDataAttribute()
        : base(GdprTaxonomy.CriminalData.Value)
    {
    }
}
