using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Checks every processing of personal data against the purposes in force there: LB0001 (no purpose can be
/// attributed), LB0002 (Art. 9/10 data under a purpose that does not allow it) and LB0006 (purpose limitation). A
/// processing site is a read or write of a classified member (also through deconstruction, positional patterns and a
/// record's positional constructor), or the disclosure of a whole object holding such members (serialized, sent,
/// returned from an endpoint, handed to code out of sight). One analyzer, because all three rules need the same answer
/// to "which purposes govern this site?".
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataProcessingAnalyzer : LawfulBasisAnalyzer
{
    /// <summary>The diagnostic property listing the purposes the data is collected for (metadata names, ';'-separated), read by the code fix.</summary>
    public const string DataPurposesProperty = "DataPurposes";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PersonalDataWithoutPurpose,
        DiagnosticDescriptors.SpecialCategoryWithoutCondition,
        DiagnosticDescriptors.PurposeLimitation,
        DiagnosticDescriptors.ProcessingSiteInventory);

    // Every diagnostic is at the member access, argument, pattern or returned value being analysed.
    internal override bool ReportsOnlyInsideAnalyzedOperations => true;

    internal override void Register(CompilationStartAnalysisContext start, PersonalDataModel model)
    {
        start.RegisterOperationAction(c => AnalyzeReference(c, model), OperationKind.PropertyReference, OperationKind.FieldReference);
        start.RegisterOperationAction(c => AnalyzeInvocation(c, model), OperationKind.Invocation);
        start.RegisterOperationAction(c => AnalyzeCreation(c, model), OperationKind.ObjectCreation);
        start.RegisterOperationAction(c => AnalyzeReturn(c, model), OperationKind.Return);
        start.RegisterOperationAction(c => AnalyzeDeconstruction(c, model), OperationKind.DeconstructionAssignment);
        start.RegisterOperationAction(c => AnalyzeForEach(c, model), OperationKind.Loop);
        start.RegisterOperationAction(c => AnalyzePattern(c, model), OperationKind.RecursivePattern);
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AnalyzeReference(OperationAnalysisContext context, PersonalDataModel model)
    {
        var member = context.Operation switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        CheckMember(context, model, member, context.Operation.Syntax);
    }

    /// <summary>A read or write of one member, however it is spelled.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static void CheckMember(OperationAnalysisContext context, PersonalDataModel model, ISymbol? member, SyntaxNode reportAt)
    {
        if (member is null || model.Classify(member) is not { } data || ProcessingSite.IsInsideDeclaringType(context.ContainingSymbol, member.ContainingType)
            || ProcessingSite.Of(context.Operation, context.ContainingSymbol, model) is not { } site)
        {
            return;
        }

        if (PurposesOfCalleeHandedTo(context.Operation, data, model) is { IsEmpty: false } calleePurposes)
        {
            site = site.AttributedTo(calleePurposes);
        }

        Check(context, model, site, member.Name, data.Description, ImmutableArray.Create(new ReachedMember(member.Name, member, data)), reportAt);
    }

    /// <summary>
    /// A value read only to be handed, as an argument, to a method of this compilation that declares a purpose the data
    /// was collected for (<c>SetAddressAsync(c, body.Address)</c> with <c>[ProcessingFor&lt;Ordering&gt;]</c>) is used for
    /// that purpose, not for the caller's: the purposes shared by the callee and the data, or empty when the value is not
    /// such an argument. The callee's body is analysed under its own purposes.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static ImmutableArray<INamedTypeSymbol> PurposesOfCalleeHandedTo(IOperation read, PersonalDataMember data, PersonalDataModel model)
    {
        if (data.DataPurposes.IsEmpty || read is not (IPropertyReferenceOperation or IFieldReferenceOperation))
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        var current = read;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        var callee = current.Parent is IArgumentOperation { Parent: IInvocationOperation call } ? call.TargetMethod : null;
        if (callee is null || !SymbolEqualityComparer.Default.Equals(callee.ContainingAssembly, model.Assembly))
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        var shared = ImmutableArray<INamedTypeSymbol>.Empty;
        foreach (var purpose in model.PurposesOfCode(callee.OriginalDefinition))
        {
            if (data.DataPurposes.Contains(purpose, SymbolEqualityComparer.Default))
            {
                shared = shared.Add(purpose);
            }
        }

        return shared;
    }

    /// <summary>A whole object disclosed: every personal member it holds is processed.</summary>
    private static void CheckObject(OperationAnalysisContext context, PersonalDataModel model, IOperation value)
    {
        value = DisclosureSinks.Unwrap(value);
        if (value is IPropertyReferenceOperation { Property: var property } && model.Classify(property) is not null
            || value is IFieldReferenceOperation { Field: var field } && model.Classify(field) is not null)
        {
            return; // the member reference is reported itself
        }

        var members = model.PersonalDataIn(value.Type);
        if (members.IsEmpty)
        {
            return;
        }

        // An entity straight from an EF Core query holds only the navigations the query loads.
        members = EntityFrameworkQueryLoading.LoadedMembers(value, members, model);
        if (members.IsEmpty)
        {
            return;
        }

        members = members.Where(m => !ProcessingSite.IsInsideDeclaringType(context.ContainingSymbol, m.Member.ContainingType)).ToImmutableArray();
        if (members.IsEmpty || ProcessingSite.Of(context.Operation, context.ContainingSymbol, model) is not { } site)
        {
            return;
        }

        Check(context, model, site, value.Syntax.ToString(), PersonalDataModel.Describe(members), members, value.Syntax);
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AnalyzeInvocation(OperationAnalysisContext context, PersonalDataModel model)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Arguments.IsEmpty || !DisclosureSinks.Discloses(invocation.TargetMethod, model))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            // The receiver of an extension method (the HttpClient of PostAsJsonAsync) is not what is sent.
            if (argument.Parameter is { Ordinal: 0 } && invocation.TargetMethod.IsExtensionMethod)
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    CheckObject(context, model, element);
                }
            }
            else
            {
                CheckObject(context, model, argument.Value);
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AnalyzeCreation(OperationAnalysisContext context, PersonalDataModel model)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (DisclosureSinks.IsResultCreation(creation))
        {
            foreach (var argument in creation.Arguments)
            {
                CheckObject(context, model, argument.Value);
            }

            return;
        }

        // A record's positional constructor writes the properties its parameters declare.
        if (creation.Constructor is not { ContainingType: { IsRecord: true } record } constructor
            || !constructor.Locations.Any(l => l.IsInSource))
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { } parameter && !argument.IsImplicit
                && record.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault() is { } property
                && SymbolEqualityComparer.Default.Equals(PersonalDataModel.PositionalParameterOf(property)?.OriginalDefinition, parameter.OriginalDefinition))
            {
                CheckMember(context, model, property, argument.Syntax);
            }
        }
    }

    /// <summary>The return value of a minimal-API handler or a controller action is sent to the client.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static void AnalyzeReturn(OperationAnalysisContext context, PersonalDataModel model)
    {
        var returned = (IReturnOperation)context.Operation;
        if (returned.ReturnedValue is not { } value || returned.Kind == OperationKind.YieldReturn
            || DisclosureSinks.IsReportedElsewhere(DisclosureSinks.Unwrap(value), model))
        {
            return;
        }

        var isHandler = false;
        for (var current = returned.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                isHandler = EndpointConventions.MapCallOf(lambda) is not null;
                break;
            }

            if (current is ILocalFunctionOperation)
            {
                break;
            }

            if (current.Parent is null)
            {
                // A controller action, or a minimal-API handler passed as a method group (asked only of a value holding personal data).
                isHandler = context.ContainingSymbol is IMethodSymbol method
                    && (DisclosureSinks.IsControllerAction(method, model)
                        || !model.PersonalDataIn(DisclosureSinks.Unwrap(value).Type).IsEmpty && model.IsMethodGroupHandler(method, out _));
            }
        }

        if (isHandler)
        {
            CheckObject(context, model, value);
        }
    }

    private static void AnalyzeDeconstruction(OperationAnalysisContext context, PersonalDataModel model)
    {
        var deconstruction = (IDeconstructionAssignmentOperation)context.Operation;
        var target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
        if (target is ITupleOperation tuple)
        {
            CheckDeconstructed(context, model, DisclosureSinks.Unwrap(deconstruction.Value).Type, tuple.Elements);
        }
    }

    private static void AnalyzeForEach(OperationAnalysisContext context, PersonalDataModel model)
    {
        if (context.Operation is not IForEachLoopOperation loop)
        {
            return;
        }

        var variable = loop.LoopControlVariable is IDeclarationExpressionOperation declaration ? declaration.Expression : loop.LoopControlVariable;
        if (variable is ITupleOperation tuple)
        {
            CheckDeconstructed(context, model, ElementType(DisclosureSinks.Unwrap(loop.Collection).Type), tuple.Elements);
        }
    }

    private static void AnalyzePattern(OperationAnalysisContext context, PersonalDataModel model)
    {
        var pattern = (IRecursivePatternOperation)context.Operation;
        if (pattern.DeconstructSymbol is not IMethodSymbol deconstruct || pattern.DeconstructionSubpatterns.IsEmpty)
        {
            return;
        }

        var offset = deconstruct.IsExtensionMethod ? 1 : 0;
        for (var i = 0; i < pattern.DeconstructionSubpatterns.Length; i++)
        {
            var subpattern = pattern.DeconstructionSubpatterns[i];
            if (subpattern is IDiscardPatternOperation || i + offset >= deconstruct.Parameters.Length)
            {
                continue;
            }

            CheckMember(context, model, MemberDeconstructedInto(pattern.MatchedType, deconstruct.Parameters[i + offset]), subpattern.Syntax);
        }
    }

    /// <summary><c>var (name, email) = customer</c>: each variable reads the member its <c>Deconstruct</c> parameter stands for.</summary>
    private static void CheckDeconstructed(OperationAnalysisContext context, PersonalDataModel model, ITypeSymbol? type, ImmutableArray<IOperation> elements)
    {
        if (type is null || type.IsTupleType)
        {
            return;
        }

        var deconstruct = type.GetMembers("Deconstruct").OfType<IMethodSymbol>()
            .FirstOrDefault(m => !m.IsStatic && m.Parameters.Length == elements.Length && m.Parameters.All(p => p.RefKind == RefKind.Out));
        if (deconstruct is null)
        {
            return;
        }

        for (var i = 0; i < elements.Length; i++)
        {
            if (elements[i] is not IDiscardOperation)
            {
                CheckMember(context, model, MemberDeconstructedInto(type, deconstruct.Parameters[i]), elements[i].Syntax);
            }
        }
    }

    /// <summary>The property a <c>Deconstruct</c> out parameter stands for: a record's positional property, or the same name.</summary>
    private static ISymbol? MemberDeconstructedInto(ITypeSymbol type, IParameterSymbol parameter)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol { IsImplicitlyDeclared: false }
                    && string.Equals(member.Name, parameter.Name, System.StringComparison.OrdinalIgnoreCase))
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>The element type of an array or a generic collection (<c>List&lt;Order&gt;</c>), or null.</summary>
    internal static ITypeSymbol? ElementType(ITypeSymbol? collection)
    {
        if (collection is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (collection is INamedTypeSymbol { IsGenericType: true, ConstructedFrom.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } enumerable)
        {
            return enumerable.TypeArguments[0];
        }

        return collection?.AllInterfaces
            .FirstOrDefault(i => i.ConstructedFrom.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0];
    }

    /// <summary>
    /// The three rules for one processing site and the members it touches; one diagnostic per rule and reason. Every
    /// classified read of a build comes here and most are in order, so nothing is allocated for a site with no finding.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static void Check(
        OperationAnalysisContext context,
        PersonalDataModel model,
        ProcessingSite site,
        string subject,
        string description,
        ImmutableArray<ReachedMember> members,
        SyntaxNode reportAt)
    {
        var code = site.CodePurposes;
        Location? location = null;
        List<ReachedMember>? unattributed = null;
        var reason = UnattributedReason.None;
        List<(ReachedMember Member, string Purpose, string Reason)>? forbidden = null;
        List<(ReachedMember Member, string Purpose, string Reason)>? limited = null;
        List<(ReachedMember Member, ImmutableArray<INamedTypeSymbol> Purposes)>? inventory = null;
        foreach (var member in members)
        {
            var dataPurposes = member.Data.DataPurposes;
            var why = !code.IsEmpty ? UnattributedReason.None
                : dataPurposes.IsEmpty ? UnattributedReason.NoPurpose
                : site.Settings.RequireCodePurpose ? UnattributedReason.CodePurposeRequired
                : dataPurposes.Length > 1 ? UnattributedReason.SeveralDataPurposes
                : UnattributedReason.None;
            if (why != UnattributedReason.None)
            {
                (unattributed ??= new List<ReachedMember>()).Add(member);
                reason = why > reason ? why : reason;
                continue;
            }

            var governing = code.IsEmpty ? dataPurposes : code;
            if (model.IsScan)
            {
                (inventory ??= new()).Add((member, governing));
            }

            if (member.Data.IsSpecialCategory || member.Data.IsCriminalData)
            {
                foreach (var purposeType in governing)
                {
                    if (model.PurposeOf(purposeType) is { } purpose && ForbiddenReason(purpose, member.Data) is { } forbiddenReason)
                    {
                        (forbidden ??= new()).Add((member, purpose.Name, forbiddenReason));
                    }
                }
            }

            if (!code.IsEmpty)
            {
                AddLimitationReasons(model, member, code, ref limited);
            }
        }

        if (unattributed is not null)
        {
            var flaggedDescription = unattributed.Count == members.Length ? description : PersonalDataModel.Describe(unattributed);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.PersonalDataWithoutPurpose, location ??= reportAt.GetLocation(), FixProperties(unattributed), subject, flaggedDescription,
                UnattributedText(reason, unattributed, model)));
        }

        if (inventory is not null)
        {
            foreach (var (member, purposes) in inventory)
            {
                ReportInventory(context, model, member, purposes, location ??= reportAt.GetLocation());
            }
        }

        if (forbidden is not null)
        {
            ReportGrouped(context, DiagnosticDescriptors.SpecialCategoryWithoutCondition, subject, description, members.Length, location ??= reportAt.GetLocation(), forbidden);
        }

        if (limited is not null)
        {
            ReportGrouped(context, DiagnosticDescriptors.PurposeLimitation, subject, description, members.Length, location ??= reportAt.GetLocation(), limited);
        }
    }

    private enum UnattributedReason
    {
        None,
        CodePurposeRequired,
        SeveralDataPurposes,
        NoPurpose,
    }

    private static string UnattributedText(UnattributedReason reason, List<ReachedMember> members, PersonalDataModel model)
    {
        var purposes = string.Join(" and ", members.SelectMany(m => m.Data.DataPurposes).Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
            .Select(p => $"{p.Name} ({BasisOf(model, p)})"));
        return reason switch
        {
            UnattributedReason.SeveralDataPurposes =>
                $"is collected for {purposes}: declare which one this code serves with [ProcessingFor<TPurpose>] (GDPR Art. 5(1)(b), 6(1))",
            UnattributedReason.CodePurposeRequired =>
                $"is processed here, but this code declares no purpose and the project requires one in code (lawfulbasis.require_code_purpose); add [ProcessingFor<TPurpose>] naming the one it serves among {purposes} (GDPR Art. 5(2))",
            _ =>
                "is processed here, but neither this code nor the data declares a purpose and lawful basis (GDPR Art. 6(1)); add [ProcessingFor<TPurpose>] to the code or to the data",
        };
    }

    private static string BasisOf(PersonalDataModel model, INamedTypeSymbol purpose) =>
        model.PurposeOf(purpose) is { } info && System.Enum.IsDefined(typeof(LegalBasis), info.Basis) ? info.Basis.ToString() : "no declared basis";

    /// <summary>For the code fix: the purposes every flagged member is collected for (or, when they share none, any of them).</summary>
    private static ImmutableDictionary<string, string?> FixProperties(List<ReachedMember> members)
    {
        if (members.Any(m => m.Data.DataPurposes.IsEmpty))
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        var shared = members.Select(m => (IEnumerable<INamedTypeSymbol>)m.Data.DataPurposes)
            .Aggregate((a, b) => a.Intersect(b, SymbolEqualityComparer.Default).Cast<INamedTypeSymbol>())
            .ToList();
        var offered = shared.Count > 0 ? shared : members.SelectMany(m => m.Data.DataPurposes).Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default).ToList();
        var names = string.Join(";", offered.Select(p => p.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
        return ImmutableDictionary<string, string?>.Empty.Add(DataPurposesProperty, names);
    }

    /// <summary>One diagnostic per (purpose, reason), naming the members it concerns when the site touches several.</summary>
    private static void ReportGrouped(
        OperationAnalysisContext context,
        DiagnosticDescriptor descriptor,
        string subject,
        string description,
        int memberCount,
        Location location,
        IEnumerable<(ReachedMember Member, string Purpose, string Reason)> findings)
    {
        foreach (var group in findings.GroupBy(f => (f.Purpose, f.Reason)))
        {
            var involved = group.Select(f => f.Member).Distinct().ToList();
            var text = involved.Count == memberCount ? description : PersonalDataModel.Describe(involved);
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, subject, text, group.Key.Purpose, group.Key.Reason));
        }
    }

    /// <summary>LB0006's findings for one member read under the code's purposes, added to <paramref name="findings"/> (created on the first).</summary>
    private static void AddLimitationReasons(
        PersonalDataModel model, ReachedMember member, ImmutableArray<INamedTypeSymbol> code, ref List<(ReachedMember Member, string Purpose, string Reason)>? findings)
    {
        var data = member.Data;
        if (!data.DataPurposes.IsEmpty)
        {
            foreach (var purpose in code)
            {
                if (data.DataPurposes.Contains(purpose, SymbolEqualityComparer.Default))
                {
                    return;
                }
            }

            var collectedFor = "it was collected only for " + string.Join(", ", data.DataPurposes.Select(p => $"'{p.Name}'"));
            foreach (var purpose in code)
            {
                (findings ??= new()).Add((member, purpose.Name, collectedFor));
            }

            return;
        }

        foreach (var purposeType in code)
        {
            if (model.PurposeOf(purposeType) is not { Categories.IsEmpty: false } purpose)
            {
                continue; // A purpose that lists no categories sets no allow-list to check against.
            }

            var listed = false;
            foreach (var category in data.Categories)
            {
                listed |= purpose.Categories.Contains(category.AttributeType, SymbolEqualityComparer.Default);
            }

            if (!listed)
            {
                (findings ??= new()).Add((member, purpose.Name, $"'{purpose.Name}' does not list {data.Description} among its Categories"));
            }
        }
    }

    private static void ReportInventory(
        OperationAnalysisContext context, PersonalDataModel model, ReachedMember member, ImmutableArray<INamedTypeSymbol> governing, Location location)
    {
        foreach (var purposeType in governing)
        {
            var basis = model.PurposeOf(purposeType) is { } purpose && System.Enum.IsDefined(typeof(LegalBasis), purpose.Basis)
                ? purpose.Basis.ToString()
                : "an undeclared basis";
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add("Purpose", purposeType.Name)
                .Add("Basis", basis)
                .Add("Categories", member.Data.Description);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ProcessingSiteInventory, location, properties, member.Path, member.Data.Description, purposeType.Name, basis));
        }
    }

    private static string? ForbiddenReason(PurposeInfo purpose, PersonalDataMember data)
    {
        if (data.IsSpecialCategory && purpose.Condition == SpecialCategoryCondition.None)
        {
            return "declares no Art. 9(2) condition (GDPR Art. 9(1)); set Condition on its [Purpose]";
        }

        if (data.IsCriminalData && string.IsNullOrWhiteSpace(purpose.LegalReference))
        {
            return "names no law authorising criminal-offence data (GDPR Art. 10); set LegalReference on its [Purpose]";
        }

        return null;
    }
}
