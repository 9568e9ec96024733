using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawfulBasis.Analyzers;

/// <summary>LB0004: a property or field that looks like personal data but carries no classification.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnclassifiedPersonalDataAnalyzer : LawfulBasisAnalyzer
{
    /// <summary>The diagnostic property holding the suggested category, read by the code fix.</summary>
    public const string CategoryProperty = "Category";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnclassifiedPersonalData);

    // The suggestion is a LawfulBasis category; without the package there is nothing to suggest.
    internal override bool AppliesTo(KnownSymbols symbols) => symbols.PersonalData is not null;

    internal override void Register(CompilationStartAnalysisContext start, PersonalDataModel model) =>
        start.RegisterSymbolAction(c => Analyze(c, model), SymbolKind.Property, SymbolKind.Field);

    private static void Analyze(SymbolAnalysisContext context, PersonalDataModel model)
    {
        var member = context.Symbol;
        var type = member switch
        {
            IPropertySymbol { IsOverride: false, IsIndexer: false } property => property.Type,
            IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false } field when !(field.IsStatic && field.IsReadOnly) => field.Type,
            _ => null,
        };
        var owner = member.ContainingType;
        if (type is null || owner is null || owner.TypeKind is TypeKind.Enum or TypeKind.Interface && member is IFieldSymbol
            || KnownSymbols.DerivesFrom(owner, model.Symbols.Attribute) || model.PurposeOf(owner) is not null
            || model.Classify(member) is not null || HasClassificationAttribute(member, model))
        {
            return;
        }

        if (PersonalDataNames.Suggest(member.Name, type, owner) is { } category)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, category);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnclassifiedPersonalData, member.Locations.FirstOrDefault(), properties, member.Name, category));
        }
    }

    /// <summary><c>[NoDataClassification]</c> says "looked at, not personal data": respect it.</summary>
    private static bool HasClassificationAttribute(ISymbol member, PersonalDataModel model) =>
        member.GetAttributes().Any(a =>
            KnownSymbols.DerivesFrom(a.AttributeClass, model.Symbols.DataClassification)
            || KnownSymbols.DerivesFrom(a.AttributeClass, model.Symbols.IdentityPersonalData));
}
