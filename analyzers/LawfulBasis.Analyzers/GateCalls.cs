using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Whether code asks the processing gate (<c>IProcessingGate</c>), in its own body or in a method of the same
/// compilation it calls, followed up to <see cref="MaxDepth"/> calls deep (an endpoint calling
/// <c>customers.RegisterAsync(...)</c>, whose body calls <c>gate.Begin&lt;CustomerAccount&gt;(id, Collect)</c>). Calls
/// through an interface, an abstract or virtual-dispatch-only member or another assembly are not followed: their body
/// is out of sight. One instance per compilation; a method's answer is cached.
/// </summary>
internal sealed class GateCalls
{
    /// <summary>How many calls deep a gate call still counts for the code that starts the chain.</summary>
    public const int MaxDepth = 3;

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol? _gate;

    // The answer for a method followed MaxDepth - 1 calls deep (as a direct callee of an endpoint is).
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _callees = new(SymbolEqualityComparer.Default);

    public GateCalls(Compilation compilation, INamedTypeSymbol? gate)
    {
        _compilation = compilation;
        _gate = gate;
    }

    /// <summary>Whether <paramref name="body"/> calls the gate, directly or through methods of the compilation.</summary>
    public bool Reach(IOperation body) => _gate is not null && Reach(body, MaxDepth, visiting: null);

    private bool Reach(IOperation body, int depth, HashSet<IMethodSymbol>? visiting)
    {
        List<IMethodSymbol>? callees = null;
        foreach (var operation in body.DescendantsAndSelf())
        {
            if (operation is not IInvocationOperation { TargetMethod: var method })
            {
                continue;
            }

            if (IsGate(method))
            {
                return true;
            }

            if (depth > 0 && IsFollowed(method))
            {
                (callees ??= new List<IMethodSymbol>()).Add(method.OriginalDefinition);
            }
        }

        if (callees is null)
        {
            return false;
        }

        foreach (var callee in callees)
        {
            var calleeDepth = depth - 1;
            if (calleeDepth == MaxDepth - 1)
            {
                if (_callees.TryGetValue(callee, out var known) ? known : _callees.GetOrAdd(callee, Follow(callee, calleeDepth, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default))))
                {
                    return true;
                }
            }
            else if ((visiting ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default)).Add(callee) && Follow(callee, calleeDepth, visiting))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a source method's body (each part of a partial one) calls the gate within <paramref name="depth"/> more calls.</summary>
    private bool Follow(IMethodSymbol method, int depth, HashSet<IMethodSymbol> visiting)
    {
        visiting.Add(method);
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var tree = reference.SyntaxTree;
            if (!_compilation.ContainsSyntaxTree(tree))
            {
                continue;
            }

#pragma warning disable RS1030 // The callee may be in any file; bound only for endpoints that read personal data with no gate call of their own, once per callee.
            var semanticModel = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            if (semanticModel.GetOperation(reference.GetSyntax()) is { } body && Reach(body, depth, visiting))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsGate(IMethodSymbol method) =>
        method.ContainingType is { } type
        && (SymbolEqualityComparer.Default.Equals(type, _gate) || type.AllInterfaces.Contains(_gate!, SymbolEqualityComparer.Default));

    /// <summary>A method with a body in this compilation: not abstract, not an interface's, not extern.</summary>
    private bool IsFollowed(IMethodSymbol method) =>
        !method.IsAbstract && !method.IsExtern && method.ContainingType is { TypeKind: not TypeKind.Interface }
        && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly)
        && !method.DeclaringSyntaxReferences.IsEmpty;
}
