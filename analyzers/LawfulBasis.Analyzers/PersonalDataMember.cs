using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>What the analyzers know about one classified property or field.</summary>
internal sealed class PersonalDataMember
{
    public PersonalDataMember(ImmutableArray<DataCategoryInfo> categories, ImmutableArray<INamedTypeSymbol> dataPurposes, bool isDeclared)
    {
        Categories = categories;
        IsDeclared = isDeclared;
        DataPurposes = dataPurposes;
        Description = string.Join(", ", categories.Select(c => c.Name));
        IsSpecialCategory = categories.Any(c => c.Kind == CategoryKind.SpecialCategory);
        IsCriminalData = categories.Any(c => c.Kind == CategoryKind.CriminalOffence);
    }

    public ImmutableArray<DataCategoryInfo> Categories { get; }

    /// <summary>The purposes bound to the data: <c>[ProcessingFor]</c> on the member and on its declaring type.</summary>
    public ImmutableArray<INamedTypeSymbol> DataPurposes { get; }

    /// <summary>Whether an attribute classifies it; false for a member only scan mode's heuristics recognised.</summary>
    public bool IsDeclared { get; }

    /// <summary>The categories for a message, e.g. <c>ContactData</c>.</summary>
    public string Description { get; }

    // Worked out once: every classified read of a build asks.
    public bool IsSpecialCategory { get; }

    public bool IsCriminalData { get; }
}
