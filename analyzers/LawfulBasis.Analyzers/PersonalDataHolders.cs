using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Whether a type holds personal data, for members whose value is a whole record rather than a field of one
/// (<c>Order.Address</c>, <c>List&lt;PaymentMethod&gt;</c>, <c>DbSet&lt;Customer&gt;</c>, <c>Employee.Manager</c>). A type
/// holds personal data when one of its own or inherited members is classified, or looks like personal data by its
/// name and type. One level deep only: a model's references reach every entity, and "everything is personal" would
/// make discovery useless.
/// </summary>
internal static class PersonalDataHolders
{
    // Per type symbol, so per compilation; weak, so a compilation that is no longer used takes its entries with it.
    private static readonly ConditionalWeakTable<INamedTypeSymbol, StrongBox<string?>> Held = new();

    // Containers of records; a generic that is not one (ILogger<T>, IOptions<T>) says nothing about what it holds.
    private static readonly System.Collections.Generic.HashSet<string> Collections = new(System.StringComparer.Ordinal)
    {
        "List", "IList", "ICollection", "IEnumerable", "IReadOnlyList", "IReadOnlyCollection", "HashSet", "ISet", "IReadOnlySet", "Collection",
        "ObservableCollection", "ReadOnlyCollection", "LinkedList", "Queue", "Stack", "ConcurrentBag", "ImmutableArray", "ImmutableList",
        "ImmutableHashSet", "IAsyncEnumerable", "DbSet", "IQueryable", "IOrderedQueryable", "IMongoCollection",
    };

    /// <summary>The category of the personal data a member of this type holds (its elements' for a collection), or null.</summary>
    public static string? CategoryHeldBy(ITypeSymbol type)
    {
        if (ElementOf(type) is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } record
            || IsFramework(record))
        {
            return null;
        }

        return Held.GetValue(record, r => new StrongBox<string?>(Compute(r))).Value;
    }

    /// <summary>
    /// The most telling category among the type's members: a special category or criminal data before ordinary data,
    /// otherwise the first found in declaration order.
    /// </summary>
    private static string? Compute(INamedTypeSymbol type)
    {
        string? first = null;
        for (var current = type; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            var framework = IsFramework(current);
            foreach (var member in current.GetMembers())
            {
                var memberType = member switch
                {
                    IPropertySymbol { IsStatic: false, IsIndexer: false } property => property.Type,
                    IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false } field => field.Type,
                    _ => null,
                };
                if (memberType is null)
                {
                    continue;
                }

                var declared = DeclaredCategory(member, out var excluded);
                // A framework base type (ASP.NET Core Identity's IdentityUser) counts by its attributes only.
                var category = excluded ? null : declared ?? (framework ? null : PersonalDataNames.SuggestForValue(member.Name, memberType, current));
                if (category is null)
                {
                    continue;
                }

                if (IsSensitive(category))
                {
                    return category;
                }

                first ??= category;
            }
        }

        return first;
    }

    private static bool IsSensitive(string category) => PersonalDataNames.IsSpecialOrCriminal(category);

    /// <summary>The category an attribute declares on the member, by metadata name (the analyzer never references the library).</summary>
    private static string? DeclaredCategory(ISymbol member, out bool excluded)
    {
        excluded = false;
        foreach (var attribute in member.GetAttributes())
        {
            for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
            {
                switch (type.Name)
                {
                    case "NoDataClassificationAttribute":
                        excluded = true;
                        return null;
                    case "PersonalDataAttribute" or "ProtectedPersonalDataAttribute" when type.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Identity":
                        return "PersonalData";
                    case "DataClassificationAttribute":
                        return PersonalDataModel.CategoryName(attribute.AttributeClass!);
                }
            }
        }

        return null;
    }

    /// <summary>The record a member's type stands for: itself, or the element of an array, a collection, a query or a DbSet.</summary>
    private static ITypeSymbol ElementOf(ITypeSymbol type)
    {
        for (var depth = 0; depth < 3; depth++)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    type = array.ElementType;
                    continue;
                case INamedTypeSymbol { IsGenericType: true } generic when generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                    || (generic.TypeArguments.Length == 1 && IsFramework(generic) && Collections.Contains(generic.Name)):
                    type = generic.TypeArguments[0];
                    continue;
                case INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 2 } map when IsFramework(map) && map.Name.EndsWith("Dictionary", System.StringComparison.Ordinal):
                    type = map.TypeArguments[1];
                    continue;
            }

            break;
        }

        return type;
    }

    /// <summary>Types of .NET and its libraries (System.*, Microsoft.*): their members' names say nothing about the codebase's people.</summary>
    private static bool IsFramework(INamedTypeSymbol type)
    {
        var root = type.ContainingNamespace;
        while (root is { ContainingNamespace.IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root is not null && !root.IsGlobalNamespace && root.Name is "System" or "Microsoft" or "Windows" or "Newtonsoft" or "MongoDB" or "Npgsql";
    }
}
