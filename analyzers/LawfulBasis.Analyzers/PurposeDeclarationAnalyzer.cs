using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using LawfulBasis.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawfulBasis.Analyzers;

/// <summary>
/// LB0003: the rules the run-time <c>ProcessingCatalog</c> enforces, reported on the attribute at compile time. The
/// rules themselves are shared source (<c>PurposeRules</c>), so build time and run time cannot disagree.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PurposeDeclarationAnalyzer : LawfulBasisAnalyzer
{
    private static readonly HashSet<string> DataDrivenRules = new()
    {
        "SpecialCategoryWithoutCondition", "ConsentWithoutExplicitConsent", "ConditionWithoutLegalReference", "CriminalDataWithoutLegalReference",
        "AutomatedDecisionOnSpecialCategories", "ImpactAssessmentRequired",
    };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InvalidDeclaration);

    internal override bool AppliesTo(KnownSymbols symbols) => symbols.Purpose is not null || symbols.ProcessingFor is not null;

    internal override void Register(CompilationStartAnalysisContext start, PersonalDataModel model)
    {
        var publicAuthority = start.Compilation.Assembly.GetAttributes()
            .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, model.Symbols.Controller))
            .SelectMany(a => a.NamedArguments)
            .Any(n => n.Key == "IsPublicAuthority" && n.Value.Value is true);

        start.RegisterSymbolAction(
            c => AnalyzeSymbol(c, model, publicAuthority),
            SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field);

        // The assembly's attributes are read once here; a tree action reports each finding in its own file. (A syntax
        // node action on every attribute list would have the driver walk every node of every file for a rare case.)
        var assemblyFindings = AssemblyAttributeFindings(start.Compilation, model);
        if (!assemblyFindings.IsEmpty)
        {
            start.RegisterSyntaxTreeAction(c =>
            {
                foreach (var (location, message) in assemblyFindings)
                {
                    if (location.SourceTree == c.Tree)
                    {
                        c.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidDeclaration, location, message));
                    }
                }
            });
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AnalyzeSymbol(SymbolAnalysisContext context, PersonalDataModel model, bool publicAuthority)
    {
        var symbol = context.Symbol;
        // An attribute the compiler could not bind (a missing argument, a typo) is the compiler's to report.
        if (symbol is INamedTypeSymbol type && model.PurposeOf(type) is { Attribute.AttributeConstructor: not null } purpose
            && purpose.Type.Locations.Any(l => l.IsInSource))
        {
            var location = LocationOf(purpose.Attribute, type);
            foreach (var violation in PurposeRules.Check(Facts(purpose, model, publicAuthority, boundCategory: null)))
            {
                Report(context, location, violation);
            }

            foreach (var listed in purpose.Categories)
            {
                if (!KnownSymbols.DerivesFrom(listed, model.Symbols.DataClassification) || listed.IsAbstract)
                {
                    Report(context, location, PurposeRules.NotACategory(purpose.Name, listed.Name));
                }
            }
        }

        List<DataCategoryInfo>? categories = null; // computed only if the symbol binds a purpose
        foreach (var attribute in symbol.GetAttributes())
        {
            if (!model.Symbols.IsProcessingFor(attribute) || model.Symbols.PurposeNamedBy(attribute) is not { } named
                || named.TypeKind == TypeKind.Error)
            {
                continue;
            }

            if (model.PurposeOf(named) is not { } bound)
            {
                Report(context, LocationOf(attribute, symbol), PurposeRules.NotAPurpose(SiteName(symbol), named.Name));
                continue;
            }

            // Code ([ProcessingFor] on a method) binds no data; only types and data members can.
            if (symbol is IMethodSymbol)
            {
                continue;
            }

            foreach (var category in categories ??= BoundCategories(symbol, model))
            {
                ReportDataDrivenViolations(context, LocationOf(attribute, symbol), bound, model, publicAuthority, category);
            }
        }
    }

    /// <summary>Special-category and criminal data bound to a purpose makes that purpose need a condition or a law.</summary>
    private static void ReportDataDrivenViolations(
        SymbolAnalysisContext context, Location location, PurposeInfo purpose, PersonalDataModel model, bool publicAuthority, DataCategoryInfo category)
    {
        var alreadyReported = PurposeRules.Check(Facts(purpose, model, publicAuthority, boundCategory: null)).Select(v => v.Rule).ToImmutableHashSet();
        foreach (var violation in PurposeRules.Check(Facts(purpose, model, publicAuthority, category)))
        {
            if (DataDrivenRules.Contains(violation.Rule) && !alreadyReported.Contains(violation.Rule))
            {
                Report(context, location, violation);
            }
        }
    }

    /// <summary>The special-category and criminal categories a data member holds (or, for a type, any of its members holds), one per kind.</summary>
    private static List<DataCategoryInfo> BoundCategories(ISymbol symbol, PersonalDataModel model)
    {
        var found = new List<DataCategoryInfo>();
        foreach (var member in symbol is INamedTypeSymbol type ? type.GetMembers() : ImmutableArray.Create(symbol))
        {
            if (model.Classify(member) is not { } data || !(data.IsSpecialCategory || data.IsCriminalData))
            {
                continue;
            }

            foreach (var category in data.Categories)
            {
                if (category.Kind != CategoryKind.Ordinary && !found.Exists(f => f.Kind == category.Kind))
                {
                    found.Add(category);
                }
            }
        }

        return found;
    }

    /// <summary><c>[assembly: ProcessingFor&lt;T&gt;]</c> naming a type that is not a purpose, with where it is written.</summary>
    private static ImmutableArray<(Location Location, string Message)> AssemblyAttributeFindings(Compilation compilation, PersonalDataModel model)
    {
        var findings = ImmutableArray.CreateBuilder<(Location, string)>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.ApplicationSyntaxReference is { } reference
                && model.Symbols.PurposeNamedBy(attribute) is { TypeKind: not TypeKind.Error } named
                && model.PurposeOf(named) is null)
            {
                findings.Add((reference.GetSyntax().GetLocation(), PurposeRules.NotAPurpose("The assembly", named.Name).Message));
            }
        }

        return findings.ToImmutable();
    }

    private static PurposeFacts Facts(PurposeInfo purpose, PersonalDataModel model, bool publicAuthority, DataCategoryInfo? boundCategory)
    {
        var facts = new PurposeFacts(purpose.Name, purpose.Description, purpose.Basis)
        {
            Condition = purpose.Condition,
            LegalReference = purpose.LegalReference,
            AssessmentReference = purpose.Named("AssessmentReference")?.Value as string,
            Retention = purpose.Named("Retention")?.Value as string,
            ContractReference = purpose.Named("ContractReference")?.Value as string,
            MakesAutomatedDecisions = !string.IsNullOrWhiteSpace(purpose.Named("AutomatedDecision")?.Value as string),
            ErasureException = purpose.Named("ErasureException")?.Value is int exception ? (ErasureException)exception : ErasureException.None,
            ErasureExceptionReference = purpose.Named("ErasureExceptionReference")?.Value as string,
            DpiaReference = purpose.Named("DpiaReference")?.Value as string,
            LargeScale = purpose.Named("LargeScale")?.Value is true,
            SystematicMonitoring = purpose.Named("SystematicMonitoring")?.Value is true,
            ControllerIsPublicAuthority = publicAuthority,
        };

        foreach (var listed in purpose.Categories)
        {
            var kind = model.KindOf(listed);
            if (kind == CategoryKind.SpecialCategory && facts.SpecialCategory is null)
            {
                facts.SpecialCategory = PersonalDataModel.CategoryName(listed);
            }

            facts.UsesCriminalData |= kind == CategoryKind.CriminalOffence;
        }

        if (boundCategory is not null)
        {
            if (boundCategory.Kind == CategoryKind.SpecialCategory)
            {
                facts.SpecialCategory ??= boundCategory.Name;
            }

            facts.UsesCriminalData |= boundCategory.Kind == CategoryKind.CriminalOffence;
        }

        foreach (var transfer in purpose.Type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(transfer.AttributeClass, model.Symbols.Transfer) && transfer.ConstructorArguments.Length == 2)
            {
                var reference = transfer.NamedArguments.FirstOrDefault(n => n.Key == "Reference").Value.Value as string;
                var safeguard = transfer.ConstructorArguments[1].Value is int s ? (TransferSafeguard)s : TransferSafeguard.None;
                var derogation = transfer.NamedArguments.FirstOrDefault(n => n.Key == "Derogation").Value.Value is int d ? (TransferDerogation)d : TransferDerogation.None;
                facts.Transfers.Add(new TransferFacts(transfer.ConstructorArguments[0].Value as string, safeguard, reference, derogation));
            }
        }

        return facts;
    }

    private static string SiteName(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => type.Name,
        _ => $"{symbol.ContainingType?.Name}.{symbol.Name}",
    };

    private static Location LocationOf(AttributeData attribute, ISymbol owner) =>
        attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? owner.Locations.FirstOrDefault() ?? Location.None;

    private static void Report(SymbolAnalysisContext context, Location location, RuleViolation violation) =>
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidDeclaration, location, violation.Message));
}
