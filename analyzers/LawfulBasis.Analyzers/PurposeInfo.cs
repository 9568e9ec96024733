using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>What the analyzers read from a purpose type's <c>[Purpose]</c> attribute.</summary>
internal sealed class PurposeInfo
{
    public PurposeInfo(
        INamedTypeSymbol type,
        AttributeData attribute,
        string? description,
        LegalBasis basis,
        SpecialCategoryCondition condition,
        string? legalReference,
        ImmutableArray<ITypeSymbol> categories)
    {
        Type = type;
        Attribute = attribute;
        Description = description;
        Basis = basis;
        Condition = condition;
        LegalReference = legalReference;
        Categories = categories;
    }

    public INamedTypeSymbol Type { get; }
    public AttributeData Attribute { get; }
    public string? Description { get; }
    public LegalBasis Basis { get; }
    public SpecialCategoryCondition Condition { get; }
    public string? LegalReference { get; }

    /// <summary>The categories the purpose lists; empty when it lists none (then it has no allow-list).</summary>
    public ImmutableArray<ITypeSymbol> Categories { get; }

    public string Name => Type.Name;

    /// <summary>Reads a named argument of the <c>[Purpose]</c> attribute.</summary>
    public TypedConstant? Named(string name)
    {
        foreach (var argument in Attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
