using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// ASP.NET Core minimal-API endpoints, recognised by name so the analyzer needs no reference to ASP.NET Core: a lambda
/// passed to <c>MapGet</c>/<c>MapPost</c>/… is an endpoint handler (its return value is sent to the client), and the
/// web package's <c>RequirePurpose&lt;P&gt;()</c> anywhere on the endpoint builder chain declares its purpose.
/// </summary>
internal static class EndpointConventions
{
    private const string RequirePurposeName = "RequirePurpose";
    private const string WebPackageNamespace = "LawfulBasis.AspNetCore";

    /// <summary>The <c>Map*</c> call a lambda is the handler of, or null when it is not an endpoint handler.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static IInvocationOperation? MapCallOf(IAnonymousFunctionOperation lambda)
    {
        IOperation current = lambda;
        while (current.Parent is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IArgumentOperation { Parent: IInvocationOperation invocation } && IsMapMethod(invocation.TargetMethod)
            ? invocation
            : null;
    }

    /// <summary>The purposes named by <c>RequirePurpose&lt;P&gt;()</c> calls chained on the result of a <c>Map*</c> call.</summary>
    public static ImmutableArray<INamedTypeSymbol> RequiredPurposes(IInvocationOperation mapCall, PersonalDataModel model)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        IOperation current = mapCall;
        while (true)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation)
            {
                current = parent;
                parent = parent.Parent;
            }

            // Fluent chain: the builder is the receiver of the next call, or its first argument for an extension method.
            IInvocationOperation? next = parent switch
            {
                IInvocationOperation call when call.Instance == current => call,
                IArgumentOperation { Parent: IInvocationOperation call } argument
                    when call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 && call.Arguments[0] == argument => call,
                _ => null,
            };
            if (next is null)
            {
                return builder.ToImmutable();
            }

            if (IsRequirePurpose(next.TargetMethod))
            {
                foreach (var argument in next.TargetMethod.TypeArguments)
                {
                    // The builder type may be a type argument too; only purpose types count.
                    if (argument is INamedTypeSymbol named && model.PurposeOf(named) is not null)
                    {
                        builder.Add(named);
                    }
                }
            }

            current = next;
        }
    }

    private static bool IsRequirePurpose(IMethodSymbol method) =>
        method.Name == RequirePurposeName && method.TypeArguments.Length >= 1
        && method.ContainingNamespace?.ToDisplayString() == WebPackageNamespace;

    /// <summary>A minimal-API <c>Map*</c> method of ASP.NET Core that takes a handler.</summary>
    public static bool IsMapMethod(IMethodSymbol method) =>
        IsMapMethodName(method.Name)
        && method.ContainingNamespace?.ToDisplayString() is "Microsoft.AspNetCore.Builder" or "Microsoft.AspNetCore.Routing";

    /// <summary>The names of the <c>Map*</c> methods that take a handler (a syntactic pre-filter, before binding).</summary>
    public static bool IsMapMethodName(string? name) =>
        name is "MapGet" or "MapPost" or "MapPut" or "MapDelete" or "MapPatch" or "MapMethods" or "Map" or "MapFallback";
}
