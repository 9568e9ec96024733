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

    /// <summary>
    /// Whether the purpose says who receives its data: a <c>Recipients</c> or <c>NamedRecipients</c> with at least one
    /// non-blank entry (an empty list names no one). Asked only where data leaves for another party (LB0009).
    /// </summary>
    public bool NamesRecipients => HasEntries("Recipients") || HasEntries("NamedRecipients");

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

    private bool HasEntries(string name)
    {
        if (Named(name) is not { Kind: TypedConstantKind.Array, IsNull: false } list)
        {
            return false;
        }

        foreach (var entry in list.Values)
        {
            if (entry.Value is string text && !string.IsNullOrWhiteSpace(text))
            {
                return true;
            }
        }

        return false;
    }
}
