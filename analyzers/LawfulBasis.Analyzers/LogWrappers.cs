using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// An application's own logging helpers: a method of the compilation whose parameter reaches a log sink becomes a
/// sink for that parameter (<c>Audit.Note(string text) =&gt; logger.LogInformation(text)</c>). Worked out once per
/// method, and only for methods that are handed personal data.
/// </summary>
internal sealed class LogWrappers
{
    private const int MaxDepth = 3;

    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableDictionary<int, string>> _sinkParameters = new(SymbolEqualityComparer.Default);
    private readonly Compilation _compilation;
    private readonly KnownSymbols _symbols;

    public LogWrappers(Compilation compilation, KnownSymbols symbols)
    {
        _compilation = compilation;
        _symbols = symbols;
    }

    /// <summary>The parameters of a source method that reach a sink (by ordinal), with the sink's name.</summary>
    public ImmutableDictionary<int, string> SinkParametersOf(IMethodSymbol method) => SinkParametersOf(method.OriginalDefinition, 0);

    private ImmutableDictionary<int, string> SinkParametersOf(IMethodSymbol method, int depth)
    {
        if (_sinkParameters.TryGetValue(method, out var known))
        {
            return known;
        }

        if (depth > MaxDepth)
        {
            return ImmutableDictionary<int, string>.Empty;
        }

        // Cycles (a wrapper calling itself) see an empty answer while the first computation runs.
        _sinkParameters.TryAdd(method, ImmutableDictionary<int, string>.Empty);
        var computed = Compute(method, depth);
        _sinkParameters[method] = computed;
        return computed;
    }

    private ImmutableDictionary<int, string> Compute(IMethodSymbol method, int depth)
    {
        if (method.IsAbstract || method.ContainingType?.TypeKind == TypeKind.Interface)
        {
            return ComputeForImplementations(method, depth);
        }

        var body = BodyOf(method);
        if (body is null || method.Parameters.IsEmpty)
        {
            return ImmutableDictionary<int, string>.Empty;
        }

        var result = ImmutableDictionary.CreateBuilder<int, string>();
        foreach (var invocation in body.DescendantsAndSelf().OfType<IInvocationOperation>())
        {
            var sink = LogSinks.NameOf(invocation, _symbols, out _);
            var inner = sink is null && IsSourceMethod(invocation.TargetMethod) && !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method)
                ? SinkParametersOf(invocation.TargetMethod.OriginalDefinition, depth + 1)
                : null;
            if (sink is null && (inner is null || inner.IsEmpty))
            {
                continue;
            }

            foreach (var argument in invocation.Arguments)
            {
                string? reached = sink is not null
                    ? LogSinks.IsPlumbing(argument, invocation.TargetMethod) ? null : sink
                    : argument.Parameter is { } p && inner!.TryGetValue(p.Ordinal, out var innerSink) ? innerSink : null;
                if (reached is null)
                {
                    continue;
                }

                foreach (var parameter in TextFlow.ParametersIn(argument.Value, method))
                {
                    if (!result.ContainsKey(parameter.Ordinal))
                    {
                        result[parameter.Ordinal] = reached;
                    }
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// An interface or abstract method (<c>IAuditLog.Record</c>) is a sink for a parameter when an implementation in the
    /// compilation passes that parameter on to one: the call through the interface reaches it at run time. Found through
    /// the compilation's index of names, so only methods of the same name are looked at.
    /// </summary>
    private ImmutableDictionary<int, string> ComputeForImplementations(IMethodSymbol method, int depth)
    {
        var result = ImmutableDictionary.CreateBuilder<int, string>();
        foreach (var candidate in _compilation.GetSymbolsWithName(method.Name, SymbolFilter.Member).OfType<IMethodSymbol>())
        {
            if (candidate.IsAbstract || candidate.Parameters.Length != method.Parameters.Length || !Implements(candidate, method))
            {
                continue;
            }

            foreach (var reached in SinkParametersOf(candidate.OriginalDefinition, depth + 1))
            {
                if (!result.ContainsKey(reached.Key))
                {
                    result[reached.Key] = reached.Value;
                }
            }
        }

        return result.ToImmutable();
    }

    private static bool Implements(IMethodSymbol candidate, IMethodSymbol method)
    {
        if (method.ContainingType?.TypeKind == TypeKind.Interface)
        {
            return candidate.ContainingType is { } type
                && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(method), candidate);
        }

        for (var overridden = candidate.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsSourceMethod(IMethodSymbol method) =>
        method.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction && !method.DeclaringSyntaxReferences.IsEmpty;

    private IOperation? BodyOf(IMethodSymbol method)
    {
        var implementation = method.PartialImplementationPart ?? method;
        foreach (var reference in implementation.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
#pragma warning disable RS1030 // The wrapper's body may sit in another syntax tree; its semantic model is needed once per wrapper.
            var semanticModel = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            if (semanticModel.GetOperation(syntax) is { } operation)
            {
                return operation;
            }
        }

        return null;
    }
}
