using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>How the GDPR treats one category of personal data found on a member.</summary>
internal enum CategoryKind
{
    Ordinary,
    SpecialCategory,
    CriminalOffence,
}

/// <summary>One classification attribute on a member: its category name, kind and attribute type.</summary>
internal sealed class DataCategoryInfo
{
    public DataCategoryInfo(string name, CategoryKind kind, INamedTypeSymbol? attributeType)
    {
        Name = name;
        Kind = kind;
        AttributeType = attributeType;
    }

    /// <summary>The category name: the attribute name without its <c>Attribute</c> suffix, e.g. <c>ContactData</c>.</summary>
    public string Name { get; }

    public CategoryKind Kind { get; }

    public INamedTypeSymbol? AttributeType { get; }
}
