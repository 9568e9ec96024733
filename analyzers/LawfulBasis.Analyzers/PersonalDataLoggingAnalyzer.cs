using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// LB0005: personal data passed to a log, console or trace sink: <c>ILogger</c> extension methods and <c>ILogger.Log</c>,
/// <c>Console.Write*</c>, <c>Trace</c>/<c>Debug</c>, and <c>[LoggerMessage]</c> methods whose parameter is not classified
/// (a classified parameter goes through the redactor). Looks inside interpolated strings, concatenations, string
/// methods and <c>params</c> arrays, and flags whole objects whose type holds classified members.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataLoggingAnalyzer : LawfulBasisAnalyzer
{
    private static readonly ImmutableHashSet<string> ConsoleMethods = ImmutableHashSet.Create("Write", "WriteLine");

    private static readonly ImmutableHashSet<string> TraceMethods = ImmutableHashSet.Create(
        "Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Print", "Fail", "Assert");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.PersonalDataInLog);

    internal override void Register(CompilationStartAnalysisContext start, PersonalDataModel model) =>
        start.RegisterOperationAction(c => Analyze(c, model), OperationKind.Invocation);

    private static void Analyze(OperationAnalysisContext context, PersonalDataModel model)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var sink = SinkName(method, model.Symbols, out var loggerMessage);
        if (sink is null)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null || (method.IsExtensionMethod && parameter.Ordinal == 0) || IsPlumbing(parameter.Type)
                || (loggerMessage && IsClassified(parameter, model)))
            {
                continue;
            }

            if (Find(argument.Value, model) is { } found)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PersonalDataInLog, found.Operation.Syntax.GetLocation(), found.Name, found.Description, sink));
            }
        }
    }

    private static string? SinkName(IMethodSymbol method, KnownSymbols symbols, out bool loggerMessage)
    {
        loggerMessage = false;
        var type = method.ContainingType;
        if (symbols.LoggerExtensions is not null && SymbolEqualityComparer.Default.Equals(type, symbols.LoggerExtensions))
        {
            return $"ILogger.{method.Name}";
        }

        if (symbols.Logger is not null && method.Name == "Log"
            && (SymbolEqualityComparer.Default.Equals(type, symbols.Logger) || type.AllInterfaces.Contains(symbols.Logger, SymbolEqualityComparer.Default)))
        {
            return "ILogger.Log";
        }

        if (symbols.Console is not null && SymbolEqualityComparer.Default.Equals(type, symbols.Console) && ConsoleMethods.Contains(method.Name))
        {
            return $"Console.{method.Name}";
        }

        if ((SymbolEqualityComparer.Default.Equals(type, symbols.Trace) || SymbolEqualityComparer.Default.Equals(type, symbols.Debug))
            && type is not null && TraceMethods.Contains(method.Name))
        {
            return $"{type.Name}.{method.Name}";
        }

        // [LoggerMessage] methods are partial methods written in source; check that before reading attributes.
        if (symbols.LoggerMessage is not null && (method.IsPartialDefinition || method.PartialDefinitionPart is not null)
            && (method.PartialDefinitionPart ?? method).GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.LoggerMessage)))
        {
            loggerMessage = true;
            return $"the [LoggerMessage] method {method.Name}, whose parameter is not classified";
        }

        return null;
    }

    /// <summary>Log levels, event ids and exceptions carry no user data of their own.</summary>
    private static bool IsPlumbing(ITypeSymbol type) =>
        type.Name is "LogLevel" or "EventId" || type.TypeKind == TypeKind.Delegate
        || (type.Name == "Exception" && type.ContainingNamespace?.Name == "System");

    private static bool IsClassified(IParameterSymbol parameter, PersonalDataModel model) =>
        parameter.GetAttributes().Any(a => KnownSymbols.DerivesFrom(a.AttributeClass, model.Symbols.DataClassification));

    private sealed class Finding
    {
        public Finding(IOperation operation, string name, string description)
        {
            Operation = operation;
            Name = name;
            Description = description;
        }

        public IOperation Operation { get; }
        public string Name { get; }
        public string Description { get; }
    }

    /// <summary>The first personal data an argument carries, looking through the ways text is built.</summary>
    private static Finding? Find(IOperation? value, PersonalDataModel model)
    {
        switch (value)
        {
            case null:
                return null;
            case IConversionOperation conversion:
                return Find(conversion.Operand, model) ?? WholeObject(value, conversion.Operand.Type, model);
            case IParenthesizedOperation parenthesized:
                return Find(parenthesized.Operand, model);
            case IPropertyReferenceOperation { Property: var property } when model.Classify(property) is { } data:
                return new Finding(value, property.Name, data.Description);
            case IFieldReferenceOperation { Field: var field } when model.Classify(field) is { } data:
                return new Finding(value, field.Name, data.Description);
            case IInterpolatedStringOperation interpolated:
                return interpolated.Parts.OfType<IInterpolationOperation>().Select(p => Find(p.Expression, model)).FirstOrDefault(f => f is not null);
            case IBinaryOperation binary:
                return Find(binary.LeftOperand, model) ?? Find(binary.RightOperand, model);
            case IConditionalOperation conditional:
                return Find(conditional.WhenTrue, model) ?? Find(conditional.WhenFalse, model);
            case ICoalesceOperation coalesce:
                return Find(coalesce.Value, model) ?? Find(coalesce.WhenNull, model);
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.Select(e => Find(e, model)).FirstOrDefault(f => f is not null);
            case IInvocationOperation call when call.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String
                || call.TargetMethod.Name == "ToString":
                // string.Format/Concat/Join, email.ToUpper(), value.ToString(): the text still holds the data.
                return Find(call.Instance, model) ?? call.Arguments.Select(a => Find(a.Value, model)).FirstOrDefault(f => f is not null);
            default:
                return WholeObject(value, value.Type, model);
        }
    }

    /// <summary>An object whose type holds personal data: structured logging destructures it, <c>ToString</c> of a record prints it.</summary>
    private static Finding? WholeObject(IOperation value, ITypeSymbol? type, PersonalDataModel model)
    {
        if (type is null || model.FirstPersonalDataMemberOf(type) is not { } member)
        {
            return null;
        }

        var data = model.Classify(member)!;
        return new Finding(value, value.Syntax.ToString(), $"a {type.Name} holding {member.Name}: {data.Description}");
    }
}
