namespace LawfulBasis;

/// <summary>A category of personal data, as found on a member or listed by a purpose.</summary>
/// <param name="Name">The category name, for example <c>ContactData</c>.</param>
/// <param name="Taxonomy">The classification taxonomy, <c>GDPR</c> for the built-in categories.</param>
/// <param name="Kind">How the GDPR treats the category.</param>
public sealed record DataCategory(string Name, string Taxonomy, DataCategoryKind Kind)
{
    /// <summary>The article that defines this kind of data: Art. 4(1), 9(1) or 10.</summary>
    public string Article => Kind switch
    {
        DataCategoryKind.SpecialCategory => "Art. 9(1)",
        DataCategoryKind.CriminalOffence => "Art. 10",
        _ => "Art. 4(1)",
    };
}
