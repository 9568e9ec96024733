using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// LB0007: an endpoint handler that reads or returns personal data with no gate decision. A minimal-API handler
/// (<c>MapGet</c>, <c>MapPost</c>, ...: a lambda, or a method in the same file) counts as gated when the call is
/// followed by <c>RequirePurpose&lt;P&gt;()</c>, when its group is gated (<c>RequirePurpose&lt;P&gt;()</c> on the group
/// variable, or <c>RequireDeclaredPurposes()</c> with <c>[ProcessingFor&lt;P&gt;]</c> on the handler), or when the
/// handler calls <c>IProcessingGate</c>. A controller action counts as gated with <c>[ProcessingFor&lt;P&gt;]</c> and
/// <c>[ProcessingSubject]</c> (on it or its controller) or a gate call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UngatedEndpointAnalyzer : LawfulBasisAnalyzer
{
    private static readonly System.Collections.Generic.HashSet<string> MapMethods = new(System.StringComparer.Ordinal) { "Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods" };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UngatedEndpoint);

    internal override void Register(CompilationStartAnalysisContext start, PersonalDataModel model)
    {
        var compilation = start.Compilation;
        var symbols = new Symbols(
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase"),
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute"),
            compilation.GetTypeByMetadataName("LawfulBasis.Processing.IProcessingGate"),
            compilation.GetTypeByMetadataName("LawfulBasis.AspNetCore.ProcessingSubjectAttribute"),
            compilation);
        if (symbols.MapExtensions is not null)
        {
            start.RegisterOperationAction(c => AnalyzeMap(c, model, symbols), OperationKind.Invocation);
        }

        if (symbols.ControllerBase is not null)
        {
            start.RegisterOperationBlockAction(c => AnalyzeAction(c, model, symbols));
        }
    }

    private static void AnalyzeMap(OperationAnalysisContext context, PersonalDataModel model, Symbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!MapMethods.Contains(method.Name) || !SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.MapExtensions))
        {
            return;
        }

        // A handler passed as System.Delegate arrives as a conversion of its natural delegate type.
        var handler = invocation.Arguments.Select(a => a.Value is IConversionOperation conversion ? conversion.Operand : a.Value)
            .OfType<IDelegateCreationOperation>().FirstOrDefault()?.Target;
        var (body, declared) = handler switch
        {
            IAnonymousFunctionOperation lambda => ((IOperation?)lambda.Body, (ISymbol)lambda.Symbol),
            IMethodReferenceOperation reference => (BodyInSameTree(reference.Method, invocation), reference.Method),
            _ => (null, null),
        };
        // The gate calls last: they may follow the handler's calls into other methods.
        if (body is null || declared is null || ReadOf(body, model) is not { } read || IsGatedByConvention(invocation, declared, model)
            || CallsGate(body, symbols))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UngatedEndpoint, invocation.Syntax.GetLocation(),
            $"The endpoint {method.Name}(\"{RouteOf(invocation)}\")", read.Name, read.Description));
    }

    private static void AnalyzeAction(OperationBlockAnalysisContext context, PersonalDataModel model, Symbols symbols)
    {
        if (context.OwningSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false } action
            || !KnownSymbols.DerivesFrom(action.ContainingType, symbols.ControllerBase)
            || action.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.NonAction)))
        {
            return;
        }

        foreach (var block in context.OperationBlocks)
        {
            if (ReadOf(block, model) is not { } read)
            {
                continue;
            }

            var attributes = action.GetAttributes().AddRange(action.ContainingType.GetAttributes());
            var declared = attributes.Any(model.Symbols.IsProcessingFor)
                && attributes.Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.ProcessingSubject));
            if (!declared && CallsGate(block, symbols))
            {
                continue;
            }

            if (!declared)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UngatedEndpoint, action.Locations[0],
                    $"The action {action.ContainingType.Name}.{action.Name}", read.Name, read.Description));
            }

            return;
        }
    }

    /// <summary>The first personal data the body reads (assignments to it are collection, not reading), or null.</summary>
    private static Read? ReadOf(IOperation body, PersonalDataModel model)
    {
        foreach (var operation in body.DescendantsAndSelf())
        {
            var member = operation switch
            {
                IPropertyReferenceOperation p => (ISymbol)p.Property,
                IFieldReferenceOperation f => f.Field,
                _ => null,
            };
            if (member is null || operation.Parent is ISimpleAssignmentOperation assignment && assignment.Target == operation)
            {
                continue;
            }

            if (model.Classify(member) is { } classified)
            {
                return new Read(member.Name, classified.Description);
            }
        }

        return null;
    }

    /// <summary>Whether the body asks the gate, itself or in a method of this compilation it calls (a service's RegisterAsync).</summary>
    private static bool CallsGate(IOperation body, Symbols symbols) => symbols.Gate is not null && symbols.Calls.Reach(body);

    /// <summary>
    /// Whether a convention gates the endpoint: RequirePurpose chained on the call, RequirePurpose on the group variable
    /// it is mapped on, or RequireDeclaredPurposes on its group with [ProcessingFor] on the handler.
    /// </summary>
    private static bool IsGatedByConvention(IInvocationOperation map, ISymbol handler, PersonalDataModel model)
    {
        var declaresPurpose = handler.GetAttributes().Any(model.Symbols.IsProcessingFor);

        // Chained after the call: app.MapGet(...).WithName("x").RequirePurpose<P>(subject: "id").
        IOperation current = map;
        while (Outer(current) is { } outer)
        {
            if (IsRequirePurpose(outer.TargetMethod))
            {
                return true;
            }

            current = outer;
        }

        // Before the call, on its receiver: app.MapGroup("/x").RequireDeclaredPurposes().MapGet(...).
        var receiver = map.Arguments.Length > 0 ? Unwrap(map.Arguments[0].Value) : null;
        for (var chained = receiver as IInvocationOperation; chained is not null; chained = Unwrap(chained.Instance ?? chained.Arguments.FirstOrDefault()?.Value) as IInvocationOperation)
        {
            if (IsRequireDeclaredPurposes(chained.TargetMethod) && declaresPurpose)
            {
                return true;
            }
        }

        // On the group variable elsewhere in the same method: group.RequirePurpose<P>(...) or group.RequireDeclaredPurposes().
        if (receiver is ILocalReferenceOperation local)
        {
            var root = map;
            IOperation top = root;
            while (top.Parent is not null)
            {
                top = top.Parent;
            }

            return top.DescendantsAndSelf().OfType<IInvocationOperation>().Any(i =>
                (IsRequirePurpose(i.TargetMethod) || (IsRequireDeclaredPurposes(i.TargetMethod) && declaresPurpose))
                && i.Arguments.Length > 0 && Unwrap(i.Arguments[0].Value) is ILocalReferenceOperation same
                && SymbolEqualityComparer.Default.Equals(same.Local, local.Local));
        }

        return false;
    }

    /// <summary>The call made on the result of <paramref name="inner"/>: as an extension method's receiver, or as an instance.</summary>
    private static IInvocationOperation? Outer(IOperation inner) => inner.Parent switch
    {
        IArgumentOperation { Parent: IInvocationOperation outer } when outer.Arguments.Length > 0 && Unwrap(outer.Arguments[0].Value) == inner => outer,
        IConversionOperation { Parent: IArgumentOperation { Parent: IInvocationOperation outer } } conversion when outer.Arguments[0].Value == conversion => outer,
        IInvocationOperation outer when outer.Instance == inner => outer,
        _ => null,
    };

    /// <summary>The operand of implicit conversions (a group builder passed as IEndpointRouteBuilder, a lambda as Delegate).</summary>
    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool IsRequirePurpose(IMethodSymbol method) =>
        method.Name == "RequirePurpose" && method.TypeArguments.Length == 1 && InLawfulBasisAspNetCore(method);

    private static bool IsRequireDeclaredPurposes(IMethodSymbol method) =>
        method.Name == "RequireDeclaredPurposes" && InLawfulBasisAspNetCore(method);

    private static bool InLawfulBasisAspNetCore(IMethodSymbol method) =>
        method.ContainingNamespace?.ToDisplayString() == "LawfulBasis.AspNetCore";

    /// <summary>A handler method's body when it is declared in the same file as the Map call (its operations are at hand there).</summary>
    private static IOperation? BodyInSameTree(IMethodSymbol method, IOperation map)
    {
        var reference = method.DeclaringSyntaxReferences.FirstOrDefault();
        return reference is not null && reference.SyntaxTree == map.Syntax.SyntaxTree && map.SemanticModel is { } semanticModel
            ? semanticModel.GetOperation(reference.GetSyntax())
            : null;
    }

    private static string RouteOf(IInvocationOperation map) =>
        map.Arguments.Select(a => a.Value).OfType<ILiteralOperation>().Select(l => l.ConstantValue.Value as string).FirstOrDefault(s => s is not null) ?? "?";

    private sealed class Read
    {
        public Read(string name, string description)
        {
            Name = name;
            Description = description;
        }

        public string Name { get; }

        public string Description { get; }
    }

    private sealed class Symbols
    {
        public Symbols(INamedTypeSymbol? mapExtensions, INamedTypeSymbol? controllerBase, INamedTypeSymbol? nonAction, INamedTypeSymbol? gate, INamedTypeSymbol? processingSubject, Compilation compilation)
        {
            Calls = new GateCalls(compilation, gate);
            MapExtensions = mapExtensions;
            ControllerBase = controllerBase;
            NonAction = nonAction;
            Gate = gate;
            ProcessingSubject = processingSubject;
        }

        public INamedTypeSymbol? MapExtensions { get; }

        public INamedTypeSymbol? ControllerBase { get; }

        public INamedTypeSymbol? NonAction { get; }

        public INamedTypeSymbol? Gate { get; }

        public INamedTypeSymbol? ProcessingSubject { get; }

        /// <summary>Which methods of the compilation call the gate, followed a few calls deep and cached per method.</summary>
        public GateCalls Calls { get; }
    }
}
