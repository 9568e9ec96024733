using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Checks every read or write of a personal-data member against the purposes in force there:
/// LB0001 (no purpose at all), LB0002 (Art. 9/10 data under a purpose that does not allow it) and LB0006 (purpose
/// limitation). One analyzer, because all three need the same answer to "which purposes govern this site?".
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataProcessingAnalyzer : LawfulBasisAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PersonalDataWithoutPurpose,
        DiagnosticDescriptors.SpecialCategoryWithoutCondition,
        DiagnosticDescriptors.PurposeLimitation,
        DiagnosticDescriptors.ProcessingSiteInventory);

    internal override void Register(CompilationStartAnalysisContext start, PersonalDataModel model) =>
        start.RegisterOperationAction(c => AnalyzeReference(c, model), OperationKind.PropertyReference, OperationKind.FieldReference);

    private static void AnalyzeReference(OperationAnalysisContext context, PersonalDataModel model)
    {
        var member = context.Operation switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        if (member is null || model.Classify(member) is not { } data || IsNotProcessing(context.Operation)
            || IsInsideDeclaringType(context.ContainingSymbol, member.ContainingType))
        {
            return;
        }

        var code = model.PurposesOfCode(context.ContainingSymbol);
        var location = context.Operation.Syntax.GetLocation();
        if (code.IsEmpty && data.DataPurposes.IsEmpty)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.PersonalDataWithoutPurpose, location, member.Name, data.Description));
            return;
        }

        var governing = code.IsEmpty ? data.DataPurposes : code;
        if (model.IsScan)
        {
            ReportInventory(context, model, member, data, governing, location);
        }

        if (data.IsSpecialCategory || data.IsCriminalData)
        {
            foreach (var purposeType in governing)
            {
                if (model.PurposeOf(purposeType) is { } purpose && ForbiddenReason(purpose, data) is { } reason)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.SpecialCategoryWithoutCondition, location, member.Name, data.Description, purpose.Name, reason));
                }
            }
        }

        if (!code.IsEmpty)
        {
            CheckPurposeLimitation(context, model, member, data, code, location);
        }
    }

    private static void ReportInventory(
        OperationAnalysisContext context, PersonalDataModel model, ISymbol member, PersonalDataMember data, ImmutableArray<INamedTypeSymbol> governing, Location location)
    {
        foreach (var purposeType in governing)
        {
            var purpose = model.PurposeOf(purposeType);
            var basis = purpose is null || !System.Enum.IsDefined(typeof(LegalBasis), purpose.Basis) ? "an undeclared basis" : purpose.Basis.ToString();
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add("Purpose", purposeType.Name)
                .Add("Basis", basis)
                .Add("Categories", data.Description);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ProcessingSiteInventory, location, properties, member.Name, data.Description, purposeType.Name, basis));
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

    private static void CheckPurposeLimitation(
        OperationAnalysisContext context,
        PersonalDataModel model,
        ISymbol member,
        PersonalDataMember data,
        ImmutableArray<INamedTypeSymbol> code,
        Location location)
    {
        if (!data.DataPurposes.IsEmpty)
        {
            if (!code.Any(p => data.DataPurposes.Contains(p, SymbolEqualityComparer.Default)))
            {
                var collectedFor = "it was collected only for " + string.Join(", ", data.DataPurposes.Select(p => $"'{p.Name}'"));
                foreach (var purpose in code)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.PurposeLimitation, location, member.Name, data.Description, purpose.Name, collectedFor));
                }
            }

            return;
        }

        foreach (var purposeType in code)
        {
            if (model.PurposeOf(purposeType) is not { Categories.IsEmpty: false } purpose)
            {
                continue; // A purpose that lists no categories sets no allow-list to check against.
            }

            var allowed = data.Categories.Any(c => purpose.Categories.Contains(c.AttributeType, SymbolEqualityComparer.Default));
            if (!allowed)
            {
                var reason = $"'{purpose.Name}' does not list {data.Description} among its Categories";
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PurposeLimitation, location, member.Name, data.Description, purpose.Name, reason));
            }
        }
    }

    /// <summary>
    /// <c>nameof(x.Email)</c> and attribute arguments name a member without touching its data. One walk up the
    /// operation tree answers both: a nameof on the way, or an attribute at the root.
    /// </summary>
    private static bool IsNotProcessing(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            if (parent is INameOfOperation)
            {
                return true;
            }

            current = parent;
        }

        return current.Syntax is AttributeSyntax or AttributeArgumentSyntax or AttributeArgumentListSyntax;
    }

    /// <summary>A type's own members (and its nested types) handle its data as part of holding it; they are not processing sites.</summary>
    private static bool IsInsideDeclaringType(ISymbol site, INamedTypeSymbol declaringType)
    {
        var definition = declaringType.OriginalDefinition;
        for (var type = site as INamedTypeSymbol ?? site.ContainingType; type is not null; type = type.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, definition))
            {
                return true;
            }
        }

        return false;
    }
}
