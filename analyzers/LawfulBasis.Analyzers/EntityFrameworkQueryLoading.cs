using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// What an entity disclosed straight from an EF Core query can hold. A query such as
/// <c>db.Orders.Where(...).ToListAsync()</c> loads the entities it starts from and, of their navigations (members whose
/// type, or element type, is an entity of the same context), only those it <c>Include</c>s or <c>ThenInclude</c>s;
/// a virtual navigation may be lazy-loaded when serialised, so it counts as loaded. Members reached through any other
/// navigation are not disclosed. Everything else is as before: a value that is not such a query (a local, a projection
/// with <c>Select</c>, a method the chain does not recognise, a set whose context is not known) keeps every member.
/// </summary>
internal static class EntityFrameworkQueryLoading
{
    /// <summary>The members of <paramref name="members"/> the disclosed value can hold.</summary>
    public static ImmutableArray<ReachedMember> LoadedMembers(IOperation value, ImmutableArray<ReachedMember> members, PersonalDataModel model)
    {
        if (!AnyNested(members) || Query.Of(value) is not { } query || model.EntityTypesOf(query.Context) is not { Count: > 0 } entities)
        {
            return members;
        }

        var kept = ImmutableArray.CreateBuilder<ReachedMember>(members.Length);
        foreach (var member in members)
        {
            if (IsLoaded(member.Path, query, entities))
            {
                kept.Add(member);
            }
        }

        return kept.Count == members.Length ? members : kept.ToImmutable();
    }

    private static bool AnyNested(ImmutableArray<ReachedMember> members)
    {
        foreach (var member in members)
        {
            if (member.Path.IndexOf('.') >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every navigation on a member's path from the query's entity is included (or virtual).</summary>
    private static bool IsLoaded(string path, Query query, HashSet<ITypeSymbol> entities)
    {
        var segments = path.Split('.');
        ITypeSymbol type = query.Entity;
        var prefix = "";
        for (var i = 0; i < segments.Length - 1; i++)
        {
            prefix = i == 0 ? segments[i] : prefix + "." + segments[i];
            var member = MemberNamed(type, segments[i]);
            if (member is null)
            {
                return true; // not the shape expected: keep it
            }

            var memberType = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
            var target = PersonalDataProcessingAnalyzer.ElementType(memberType) ?? memberType;
            if (entities.Contains(target.OriginalDefinition) && !query.Included.Contains(prefix) && !member.IsVirtual && !member.IsOverride)
            {
                return false;
            }

            type = target;
        }

        return true;
    }

    private static ISymbol? MemberNamed(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol or IFieldSymbol)
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>An EF Core query that returns the entities it starts from, with the navigation paths it includes.</summary>
    private sealed class Query
    {
        private Query(INamedTypeSymbol context, ITypeSymbol entity, HashSet<string> included)
        {
            Context = context;
            Entity = entity;
            Included = included;
        }

        /// <summary>The <c>DbContext</c> type whose set the query starts from.</summary>
        public INamedTypeSymbol Context { get; }

        /// <summary>The entity type of that set.</summary>
        public ITypeSymbol Entity { get; }

        /// <summary>Included navigation paths, each with its prefixes: <c>Customer</c>, <c>Customer.Allergy</c>.</summary>
        public HashSet<string> Included { get; }

        /// <summary>The query a value is, read down its call chain to the <c>DbSet</c>, or null.</summary>
        public static Query? Of(IOperation value)
        {
            var current = Unwrap(value);
            if (current is IAwaitOperation awaited)
            {
                current = Unwrap(awaited.Operation);
            }

            // Outermost call first; Include/ThenInclude are replayed in source order below.
            var includes = new List<(bool IsThen, string? Path)>();
            while (current is IInvocationOperation call)
            {
                var method = call.TargetMethod;
                if (method.Name == "Set" && method.TypeArguments.Length == 1 && call.Instance is { Type: INamedTypeSymbol setContext }
                    && IsDbContext(setContext))
                {
                    return Create(setContext, method.TypeArguments[0], includes);
                }

                if (!IsQueryOperator(method) || IsProjection(method.Name))
                {
                    return null;
                }

                if (method.Name is "Include" or "ThenInclude")
                {
                    includes.Add((method.Name == "ThenInclude", IncludedPath(call)));
                }

                var next = method.IsExtensionMethod || method.IsStatic ? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null) : call.Instance;
                if (next is null)
                {
                    return null;
                }

                current = Unwrap(next);
            }

            // The set itself: db.Orders (a property or field of the context).
            ITypeSymbol? set = null;
            ITypeSymbol? owner = null;
            if (current is IPropertyReferenceOperation property)
            {
                set = property.Type;
                owner = property.Instance?.Type ?? property.Property.ContainingType;
            }
            else if (current is IFieldReferenceOperation field)
            {
                set = field.Type;
                owner = field.Instance?.Type ?? field.Field.ContainingType;
            }

            return set is INamedTypeSymbol { Name: "DbSet", TypeArguments.Length: 1 } dbSet && EntityFrameworkModelConfiguration.IsEntityFrameworkCore(dbSet.ContainingNamespace)
                && owner is INamedTypeSymbol context && IsDbContext(context)
                ? Create(context, dbSet.TypeArguments[0], includes)
                : null;
        }

        private static Query? Create(INamedTypeSymbol context, ITypeSymbol entity, List<(bool IsThen, string? Path)> includesOutermostFirst)
        {
            var included = new HashSet<string>(StringComparer.Ordinal);
            string? last = null;
            for (var i = includesOutermostFirst.Count - 1; i >= 0; i--)
            {
                var (isThen, path) = includesOutermostFirst[i];
                if (path is null)
                {
                    return null; // an include the analyzer cannot read: keep every member
                }

                last = isThen && last is not null ? last + "." + path : path;
                for (var end = last.IndexOf('.'); end >= 0; end = last.IndexOf('.', end + 1))
                {
                    included.Add(last.Substring(0, end));
                }

                included.Add(last);
            }

            return new Query(context, entity, included);
        }

        /// <summary><c>Include(o =&gt; o.Customer.Allergy)</c>, <c>Include(c =&gt; c.Orders.Where(...))</c> or <c>Include("Customer.Allergy")</c>.</summary>
        private static string? IncludedPath(IInvocationOperation include)
        {
            var argument = include.Arguments.Length > 1 ? include.Arguments[1].Value : null;
            if (argument is null)
            {
                return null;
            }

            if (argument.ConstantValue is { HasValue: true, Value: string text })
            {
                return text;
            }

            while (argument is IDelegateCreationOperation or IConversionOperation)
            {
                argument = argument is IDelegateCreationOperation creation ? creation.Target : ((IConversionOperation)argument).Operand;
            }

            if (argument is not IAnonymousFunctionOperation lambda || lambda.Body.Operations.Length != 1
                || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } returned })
            {
                return null;
            }

            return MemberPath(Unwrap(returned));
        }

        /// <summary><c>o.Customer.Allergy</c> → <c>Customer.Allergy</c>; a filtered include's collection (<c>c.Orders.Where(...)</c>) → <c>Orders</c>.</summary>
        private static string? MemberPath(IOperation operation)
        {
            while (operation is IInvocationOperation { Arguments.Length: > 0 } filter && filter.TargetMethod.IsExtensionMethod)
            {
                operation = Unwrap(filter.Arguments[0].Value);
            }

            var segments = new List<string>();
            while (true)
            {
                switch (operation)
                {
                    case IPropertyReferenceOperation { Instance: { } instance } property:
                        segments.Add(property.Property.Name);
                        operation = Unwrap(instance);
                        continue;
                    case IFieldReferenceOperation { Instance: { } instance } field:
                        segments.Add(field.Field.Name);
                        operation = Unwrap(instance);
                        continue;
                    case IParameterReferenceOperation when segments.Count > 0:
                        segments.Reverse();
                        return string.Join(".", segments);
                    default:
                        return null;
                }
            }
        }

        /// <summary>LINQ and EF Core's query operators (<c>Where</c>, <c>Include</c>, <c>AsNoTracking</c>, <c>ToListAsync</c>, <c>FindAsync</c>).</summary>
        private static bool IsQueryOperator(IMethodSymbol method)
        {
            var ns = method.ContainingType?.ContainingNamespace;
            return ns is { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
                || EntityFrameworkModelConfiguration.IsEntityFrameworkCore(ns);
        }

        /// <summary>Operators whose result is not the entities the query started from; their includes may be ignored too.</summary>
        private static bool IsProjection(string name) =>
            name.StartsWith("Select", StringComparison.Ordinal) || name.StartsWith("GroupBy", StringComparison.Ordinal)
            || name.EndsWith("Join", StringComparison.Ordinal) || name is "Zip" or "Cast" or "OfType" or "Aggregate" or "AggregateAsync";

        private static bool IsDbContext(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name == "DbContext" && EntityFrameworkModelConfiguration.IsEntityFrameworkCore(current.ContainingNamespace))
                {
                    return true;
                }
            }

            return false;
        }

        private static IOperation Unwrap(IOperation operation) => DisclosureSinks.Unwrap(operation);
    }
}
