using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// LB0005: personal data passed to a log, console or trace sink (<see cref="LogSinks"/>), or to an application's own
/// method that passes it on to one (<see cref="LogWrappers"/>). Follows the value through the ways text is built, locals,
/// <c>?.</c> and LINQ projections (<see cref="TextFlow"/>), and flags whole objects and collections whose type holds
/// classified members, naming them. A <c>[LoggerMessage]</c> parameter that is classified goes through the redactor.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataLoggingAnalyzer : LawfulBasisAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.PersonalDataInLog);

    // Every diagnostic is inside an argument of the call being analysed (a local is reported where it is used).
    internal override bool ReportsOnlyInsideAnalyzedOperations => true;

    internal override void Register(CompilationStartAnalysisContext start, PersonalDataModel model)
    {
        var wrappers = new LogWrappers(start.Compilation, model.Symbols);
        start.RegisterOperationAction(c => Analyze(c, model, wrappers), OperationKind.Invocation);
    }

    [MethodImpl(HotPath.Optimized)]
    private static void Analyze(OperationAnalysisContext context, PersonalDataModel model, LogWrappers wrappers)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Arguments.IsEmpty)
        {
            return;
        }

        var method = invocation.TargetMethod;
        var sink = LogSinks.NameOf(invocation, model.Symbols, out var loggerMessage);
        if (sink is not null)
        {
            if (model.IsSilentAt(context.ContainingSymbol, invocation.Syntax.SyntaxTree))
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (!LogSinks.IsPlumbing(argument, method) && !(loggerMessage && IsClassified(argument.Parameter!, model)))
                {
                    Report(context, argument, sink, model);
                }
            }

            return;
        }

        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            ReportThroughLoggingDelegate(context, invocation, model);
            return;
        }

        if (!LogWrappers.IsSourceMethod(method) || method.IsPartialDefinition && method.PartialImplementationPart is null)
        {
            return;
        }

        // Only a method handed personal data is worth opening.
        ImmutableDictionary<int, string>? sinkParameters = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || TextFlow.FindPersonalData(argument.Value, model) is not { } found)
            {
                continue;
            }

            sinkParameters ??= wrappers.SinkParametersOf(method);
            if (sinkParameters.TryGetValue(parameter.Ordinal, out var reached) && !model.IsSilentAt(context.ContainingSymbol, invocation.Syntax.SyntaxTree))
            {
                ReportFinding(context, found, $"{method.Name} (which writes it to {reached})");
            }
        }
    }

    /// <summary>
    /// <c>Action&lt;string&gt; log = s =&gt; logger.LogInformation(s); log(c.Email);</c>: a delegate local or field
    /// initialised with a lambda that passes its parameter to a sink is a logging helper too. The lambda is read from the
    /// call's own semantic model, and only once the call hands it personal data.
    /// </summary>
    private static void ReportThroughLoggingDelegate(OperationAnalysisContext context, IInvocationOperation invocation, PersonalDataModel model)
    {
        Dictionary<int, string>? reached = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || TextFlow.FindPersonalData(argument.Value, model) is not { } found)
            {
                continue;
            }

            reached ??= LoggingLambdaParameters(invocation, model);
            if (reached.TryGetValue(parameter.Ordinal, out var sink) && !model.IsSilentAt(context.ContainingSymbol, invocation.Syntax.SyntaxTree))
            {
                ReportFinding(context, found, $"a delegate (which writes it to {sink})");
            }
        }
    }

    private static Dictionary<int, string> LoggingLambdaParameters(IInvocationOperation invocation, PersonalDataModel model)
    {
        var reached = new Dictionary<int, string>();
        ISymbol? holder = invocation.Instance switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        if (holder is null || holder.DeclaringSyntaxReferences.Length != 1 || invocation.SemanticModel is not { } semanticModel
            || holder.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: LambdaExpressionSyntax lambdaSyntax }
            || lambdaSyntax.SyntaxTree != semanticModel.SyntaxTree)
        {
            return reached;
        }

        var lambda = semanticModel.GetOperation(lambdaSyntax) switch
        {
            IAnonymousFunctionOperation function => function,
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation function } => function,
            _ => null,
        };
        if (lambda is null)
        {
            return reached;
        }

        foreach (var call in lambda.Body.Descendants().OfType<IInvocationOperation>())
        {
            if (LogSinks.NameOf(call, model.Symbols, out _) is not { } sink)
            {
                continue;
            }

            foreach (var argument in call.Arguments)
            {
                if (LogSinks.IsPlumbing(argument, call.TargetMethod))
                {
                    continue;
                }

                foreach (var parameter in TextFlow.ParametersIn(argument.Value, lambda.Symbol))
                {
                    if (!reached.ContainsKey(parameter.Ordinal))
                    {
                        reached[parameter.Ordinal] = sink;
                    }
                }
            }
        }

        return reached;
    }

    [MethodImpl(HotPath.Optimized)]
    private static void Report(OperationAnalysisContext context, IArgumentOperation argument, string sink, PersonalDataModel model)
    {
        if (TextFlow.FindPersonalData(argument.Value, model) is { } found)
        {
            ReportFinding(context, found, sink);
        }
    }

    private static void ReportFinding(OperationAnalysisContext context, DataFinding found, string sink) =>
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.PersonalDataInLog, found.ReportAt.Syntax.GetLocation(), found.Name, found.Description, sink));

    private static bool IsClassified(IParameterSymbol parameter, PersonalDataModel model) =>
        parameter.GetAttributes().Any(a => KnownSymbols.DerivesFrom(a.AttributeClass, model.Symbols.DataClassification));
}
