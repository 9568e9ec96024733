namespace LawfulBasis;

/// <summary>
/// Declares a type as holding personal data about one category of data subjects (GDPR Art. 4(1), 30(1)(c)), for
/// example <c>[DataSubject("customer")]</c>. Pair it with <see cref="SubjectIdAttribute"/> on the member that
/// identifies the person, so access and erasure requests can find the data.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
public sealed class DataSubjectAttribute : Attribute
{
    /// <summary>Declares the category of data subjects.</summary>
    /// <param name="category">The category of people, for example <c>"customer"</c>, <c>"employee"</c>, <c>"patient"</c>.</param>
    public DataSubjectAttribute(string category)
    {
        Category = category;
    }

    /// <summary>The category of data subjects.</summary>
    public string Category { get; }
}
