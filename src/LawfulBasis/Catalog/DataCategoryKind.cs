namespace LawfulBasis;

/// <summary>How the GDPR treats a category of personal data.</summary>
public enum DataCategoryKind
{
    /// <summary>Ordinary personal data (Art. 4(1)): an Art. 6 basis suffices.</summary>
    Ordinary = 0,

    /// <summary>A special category (Art. 9(1)): needs an Art. 6 basis and an Art. 9(2) condition.</summary>
    SpecialCategory = 1,

    /// <summary>Criminal convictions and offences (Art. 10): needs an Art. 6 basis and official authority or a law.</summary>
    CriminalOffence = 2,
}
