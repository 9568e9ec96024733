using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Classification inherited through overrides and interface implementations, in both directions: a property that
/// overrides or implements a classified one is classified the same way, and an interface or base member read through
/// the abstraction is classified as its implementations in the compilation are.
/// </summary>
internal sealed partial class PersonalDataModel
{
    private Dictionary<ISymbol, List<PersonalDataMember>>? _implementationIndex;

    private bool IsExplicitlyUnclassified(ISymbol member) =>
        Symbols.NoDataClassification is not null
        && member.GetAttributes().Any(a => KnownSymbols.DerivesFrom(a.AttributeClass, Symbols.NoDataClassification));

    /// <summary>The classification a member takes from the members it overrides or implements, or from its implementations.</summary>
    private PersonalDataMember? Inherited(ISymbol member)
    {
        foreach (var upward in MembersAbove(member))
        {
            if (Classify(upward) is { } data)
            {
                return data;
            }
        }

        if (member.ContainingType is { TypeKind: TypeKind.Interface } || member.IsAbstract || member.IsVirtual)
        {
            var index = LazyInitializer.EnsureInitialized(ref _implementationIndex, BuildImplementationIndex)!;
            if (index.TryGetValue(member, out var implementations))
            {
                return Merge(implementations);
            }
        }

        return null;
    }

    /// <summary>The member a property or field overrides, and the interface members it implements (explicitly or not).</summary>
    private static IEnumerable<ISymbol> MembersAbove(ISymbol member)
    {
        if (member is not IPropertySymbol property)
        {
            yield break;
        }

        if (property.OverriddenProperty is { } overridden)
        {
            yield return overridden.OriginalDefinition;
        }

        foreach (var explicitImplementation in property.ExplicitInterfaceImplementations)
        {
            yield return explicitImplementation.OriginalDefinition;
        }

        var type = property.ContainingType;
        if (type is null || type.TypeKind == TypeKind.Interface)
        {
            yield break;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var candidate in @interface.GetMembers(property.Name))
            {
                if (candidate is IPropertySymbol && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate)?.OriginalDefinition, property))
                {
                    yield return candidate.OriginalDefinition;
                }
            }
        }
    }

    /// <summary>
    /// Once per compilation, and only when an unclassified interface, abstract or virtual member is read: which members
    /// above each classified property of the compilation's own types it overrides or implements.
    /// </summary>
    private Dictionary<ISymbol, List<PersonalDataMember>> BuildImplementationIndex()
    {
        var index = new Dictionary<ISymbol, List<PersonalDataMember>>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(_compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var member in current.GetMembers())
            {
                switch (member)
                {
                    case INamespaceOrTypeSymbol nested:
                        pending.Push(nested);
                        break;
                    case IPropertySymbol property when !CategoriesOf(property).IsDefaultOrEmpty:
                        var data = Classify(property);
                        foreach (var above in MembersAbove(property))
                        {
                            if (data is not null)
                            {
                                if (!index.TryGetValue(above, out var list))
                                {
                                    index[above] = list = new List<PersonalDataMember>();
                                }

                                list.Add(data);
                            }
                        }

                        break;
                }
            }
        }

        return index;
    }

    private static PersonalDataMember Merge(List<PersonalDataMember> implementations)
    {
        if (implementations.Count == 1)
        {
            return implementations[0];
        }

        var categories = implementations.SelectMany(i => i.Categories).GroupBy(c => c.Name).Select(g => g.First()).ToImmutableArray();
        var purposes = implementations.SelectMany(i => i.DataPurposes).Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default).ToImmutableArray();
        return new PersonalDataMember(categories, purposes, implementations.All(i => i.IsDeclared));
    }
}
