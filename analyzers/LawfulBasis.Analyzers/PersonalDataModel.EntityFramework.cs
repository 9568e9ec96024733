using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>The entity types of an EF Core context, for telling a navigation from an owned or plain member.</summary>
internal sealed partial class PersonalDataModel
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, HashSet<ITypeSymbol>> _entityTypes = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The entity types a <c>DbContext</c> type exposes as <c>DbSet&lt;T&gt;</c> properties or fields (its own and its base
    /// contexts'), read once per context. Read-only once built, so callbacks may share it.
    /// </summary>
    public HashSet<ITypeSymbol> EntityTypesOf(INamedTypeSymbol context) =>
        _entityTypes.TryGetValue(context, out var known) ? known : _entityTypes.GetOrAdd(context, ReadEntityTypes);

    private static HashSet<ITypeSymbol> ReadEntityTypes(INamedTypeSymbol context)
    {
        var entities = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        for (var current = context; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var type = member switch
                {
                    IPropertySymbol { IsStatic: false } property => property.Type,
                    IFieldSymbol { IsStatic: false } field => field.Type,
                    _ => null,
                };
                if (type is INamedTypeSymbol { Name: "DbSet", TypeArguments.Length: 1 } set
                    && EntityFrameworkModelConfiguration.IsEntityFrameworkCore(set.ContainingNamespace))
                {
                    entities.Add(set.TypeArguments[0].OriginalDefinition);
                }
            }
        }

        return entities;
    }
}
