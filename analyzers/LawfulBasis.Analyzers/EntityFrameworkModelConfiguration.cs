using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// EF Core model configuration, which describes the data rather than processing it: <c>OnModelCreating(ModelBuilder)</c>,
/// <c>IEntityTypeConfiguration&lt;T&gt;.Configure(EntityTypeBuilder&lt;T&gt;)</c> and any other method taking a model or
/// entity builder, and the lambdas handed to a builder (<c>HasMany(c =&gt; c.Orders)</c>, <c>Property(c =&gt; c.Email)</c>)
/// name members; they read no one's data. Seed data (<c>HasData(...)</c>) is the exception: it writes values into the
/// database, so what it holds is processed. Recognised by the builder types' namespaces
/// (<c>Microsoft.EntityFrameworkCore</c>, <c>Microsoft.EntityFrameworkCore.Metadata.Builders</c>): the analyzer references
/// no EF Core assembly.
/// </summary>
internal static class EntityFrameworkModelConfiguration
{
    /// <summary>Whether a method configures the model: one of its parameters is a model or entity builder.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsConfigurationMethod(ISymbol? symbol)
    {
        if (symbol is not IMethodSymbol method)
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (IsBuilderType(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a lambda is an argument of a builder's method (<c>HasMany(c =&gt; c.Orders)</c>).</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsPassedToBuilder(IAnonymousFunctionOperation lambda)
    {
        IOperation current = lambda;
        while (current.Parent is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IArgumentOperation { Parent: IInvocationOperation call } && IsBuilderMethod(call.TargetMethod);
    }

    /// <summary>Whether an argument is seed data: <c>HasData(new Customer { ... })</c> on an entity builder.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsSeedData(IArgumentOperation argument) =>
        argument.Parent is IInvocationOperation { TargetMethod: { Name: "HasData" } method } && IsBuilderMethod(method)
        && !(method.IsExtensionMethod && argument.Parameter is { Ordinal: 0 });

    /// <summary>A method of a builder, or an extension method on one (<c>ToTable</c>, <c>HasColumnType</c>).</summary>
    private static bool IsBuilderMethod(IMethodSymbol method) =>
        IsBuilderType(method.ContainingType)
        || method.IsExtensionMethod && method.Parameters.Length > 0 && IsBuilderType(method.Parameters[0].Type);

    /// <summary><c>ModelBuilder</c>, <c>ModelConfigurationBuilder</c>, or any type of <c>Microsoft.EntityFrameworkCore.Metadata.Builders</c>.</summary>
    private static bool IsBuilderType(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { ContainingNamespace: { } ns } named)
        {
            return false;
        }

        if (IsEntityFrameworkCore(ns))
        {
            return named.Name is "ModelBuilder" or "ModelConfigurationBuilder";
        }

        return ns is { Name: "Builders", ContainingNamespace: { Name: "Metadata" } metadata } && IsEntityFrameworkCore(metadata.ContainingNamespace);
    }

    /// <summary>The <c>Microsoft.EntityFrameworkCore</c> namespace itself.</summary>
    internal static bool IsEntityFrameworkCore(INamespaceSymbol? ns) =>
        ns is { Name: "EntityFrameworkCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } };
}
