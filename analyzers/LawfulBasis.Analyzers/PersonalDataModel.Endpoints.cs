using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Minimal-API handlers passed as method groups (<c>app.MapGet("/x", GetEmail).RequirePurpose&lt;Ordering&gt;()</c>):
/// their body is the endpoint's, so the purposes <c>RequirePurpose&lt;P&gt;()</c> declares on the endpoint count for it,
/// and what it returns is sent to the client, as for a lambda handler.
/// </summary>
internal sealed partial class PersonalDataModel
{
    // Built once per compilation by the first thread that asks; the others wait rather than walk every file again.
    private Lazy<Dictionary<IMethodSymbol, ImmutableArray<INamedTypeSymbol>>>? _methodGroupHandlers;

    /// <summary>
    /// Whether a method is passed as a method group to a <c>Map*</c> call of the compilation, with the purposes its
    /// endpoints require: empty when one of them requires none (that endpoint runs the body with no declared purpose).
    /// </summary>
    public bool IsMethodGroupHandler(IMethodSymbol method, out ImmutableArray<INamedTypeSymbol> endpointPurposes)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.DeclaringSyntaxReferences.IsEmpty)
        {
            endpointPurposes = ImmutableArray<INamedTypeSymbol>.Empty;
            return false;
        }

        // Found on the first question (only code that processes personal data asks).
        var handlers = LazyInitializer.EnsureInitialized(
            ref _methodGroupHandlers, () => new(FindMethodGroupHandlers, LazyThreadSafetyMode.ExecutionAndPublication))!.Value;
        return handlers.TryGetValue(method.OriginalDefinition, out endpointPurposes);
    }

    private Dictionary<IMethodSymbol, ImmutableArray<INamedTypeSymbol>> FindMethodGroupHandlers()
    {
        var handlers = new Dictionary<IMethodSymbol, ImmutableArray<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
        // A compilation without ASP.NET Core's minimal APIs (their Map* methods) has no endpoint to map: no file is read.
        if (_compilation.GetTypesByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions").IsEmpty)
        {
            return handlers;
        }

        foreach (var tree in _compilation.SyntaxTrees)
        {
            // Text before syntax: most files map nothing.
            if (tree.GetText().ToString().IndexOf("Map", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            SemanticModel? semanticModel = null;
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                // Syntax first: only a call named like a Map method with an argument that may be a method group is bound.
                if (node is not InvocationExpressionSyntax call || !EndpointConventions.IsMapMethodName(NameOf(call.Expression))
                    || !call.ArgumentList.Arguments.Any(a => a.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax))
                {
                    continue;
                }

#pragma warning disable RS1030 // Handlers may be mapped in any file; this runs once per compilation, for the few calls named Map*.
                semanticModel ??= _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                if (semanticModel.GetOperation(call) is not IInvocationOperation map || !EndpointConventions.IsMapMethod(map.TargetMethod))
                {
                    continue;
                }

                foreach (var argument in map.Arguments)
                {
                    var value = argument.Value;
                    while (value is IConversionOperation conversion)
                    {
                        value = conversion.Operand;
                    }

                    if (value is IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: var handler } })
                    {
                        var required = EndpointConventions.RequiredPurposes(map, this);
                        var key = handler.OriginalDefinition;
                        handlers[key] = !handlers.TryGetValue(key, out var known) ? required
                            : known.IsEmpty || required.IsEmpty ? ImmutableArray<INamedTypeSymbol>.Empty
                            : known.AddRange(required).Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default).ToImmutableArray();
                    }
                }
            }
        }

        return handlers;
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };
}
