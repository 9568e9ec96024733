using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>One personal-data member an object holds, directly or through a nested member (<c>Buyer.Email</c>).</summary>
internal sealed class ReachedMember
{
    public ReachedMember(string path, ISymbol member, PersonalDataMember data)
    {
        Path = path;
        Member = member;
        Data = data;
    }

    /// <summary>The member's path from the object, e.g. <c>Email</c> or <c>Buyer.Email</c>.</summary>
    public string Path { get; }

    public ISymbol Member { get; }

    public PersonalDataMember Data { get; }
}

/// <summary>
/// What disclosing a whole object discloses: every personal-data member it holds, through its public members, nested
/// objects and collections. Computed once per type.
/// </summary>
internal sealed partial class PersonalDataModel
{
    private const int MaxNesting = 4;

    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<ReachedMember>> _reach = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _controllers = new(SymbolEqualityComparer.Default);

    /// <summary>Whether a type is an MVC controller, asked once per type (every return statement of a method asks).</summary>
    public bool IsController(INamedTypeSymbol? type, System.Func<INamedTypeSymbol, bool> decide) =>
        type is not null && (_controllers.TryGetValue(type, out var known) ? known : _controllers.GetOrAdd(type, decide));

    /// <summary>The personal-data members reachable from a value of this type (empty for strings, numbers, framework types).</summary>
    [MethodImpl(HotPath.Optimized)]
    public ImmutableArray<ReachedMember> PersonalDataIn(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.TypeParameter or TypeKind.Error)
        {
            return ImmutableArray<ReachedMember>.Empty;
        }

        // Asked for every value written to a sink or disclosed: the lookup must not allocate.
        return _reach.TryGetValue(type, out var known) ? known : _reach.GetOrAdd(type, Reach(type));
    }

    private ImmutableArray<ReachedMember> Reach(ITypeSymbol type)
    {
        var found = ImmutableArray.CreateBuilder<ReachedMember>();
        Collect(type, prefix: "", depth: 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), found);
        return found.ToImmutable();
    }

    private void Collect(ITypeSymbol type, string prefix, int depth, HashSet<ITypeSymbol> onPath, ImmutableArray<ReachedMember>.Builder found)
    {
        if (depth > MaxNesting || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.TypeParameter
            or TypeKind.Error or TypeKind.Pointer || !onPath.Add(type))
        {
            return;
        }

        try
        {
            if (type is IArrayTypeSymbol array)
            {
                Collect(array.ElementType, prefix, depth, onPath, found);
                return;
            }

            if (type is not INamedTypeSymbol named)
            {
                return;
            }

            if (IsFrameworkType(named) && !IsIdentityType(named))
            {
                // List<Customer>, Task<Customer>, Dictionary<Guid, Customer>, ActionResult<Customer>: the data is in the type arguments.
                foreach (var argument in named.TypeArguments)
                {
                    Collect(argument, prefix, depth, onPath, found);
                }

                return;
            }

            // Base types count too (an ApplicationUser inherits IdentityUser's [PersonalData]); a framework base is read
            // for its classified members only, never walked into.
            for (var current = named; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
            {
                var nestInto = !IsFrameworkType(current);
                foreach (var member in current.GetMembers())
                {
                    var memberType = member switch
                    {
                        IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, IsOverride: false } p => p.Type,
                        IFieldSymbol { IsStatic: false, IsConst: false, DeclaredAccessibility: Accessibility.Public } f => f.Type,
                        _ => null,
                    };
                    if (memberType is null)
                    {
                        continue;
                    }

                    if (Classify(member) is { } data)
                    {
                        found.Add(new ReachedMember(prefix + member.Name, member, data));
                    }
                    else if (nestInto)
                    {
                        Collect(memberType, prefix + member.Name + ".", depth + 1, onPath, found);
                    }
                }
            }
        }
        finally
        {
            onPath.Remove(type);
        }
    }

    // By names, not a display string: asked for every framework type a disclosed or logged value holds.
    private static bool IsIdentityType(INamedTypeSymbol type) =>
        type.ContainingNamespace is { Name: "Identity", ContainingNamespace: { Name: "AspNetCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } };

    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        var root = type.ContainingNamespace;
        while (root?.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            root = parent;
        }

        return root?.Name is "System" or "Microsoft";
    }

    /// <summary>The members of a whole object for a message: <c>Email, Name (ContactData, NameData)</c>.</summary>
    public static string Describe(IEnumerable<ReachedMember> members)
    {
        var list = members.ToList();
        var names = string.Join(", ", list.Select(m => m.Path));
        var categories = string.Join(", ", list.SelectMany(m => m.Data.Categories).Select(c => c.Name).Distinct());
        return $"{names}: {categories}";
    }
}
