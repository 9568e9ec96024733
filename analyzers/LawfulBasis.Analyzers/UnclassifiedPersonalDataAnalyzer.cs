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

    // The suggestion is a LawfulBasis category; without the package there is nothing to suggest (except in scan mode).
    internal override bool AppliesTo(KnownSymbols symbols) => symbols.PersonalData is not null;

    internal override void Register(CompilationStartAnalysisContext start, PersonalDataModel model) =>
        start.RegisterSymbolAction(c => Analyze(c, model), SymbolKind.Property, SymbolKind.Field);

    /// <summary>
    /// <c>[SubjectId]</c> says "the key of the person this record is about": looked at, and modelled by LawfulBasis as the
    /// subject's identifier rather than a category, so discovery has nothing to suggest.
    /// </summary>
    internal static bool IsSubjectKey(ISymbol member) =>
        member.GetAttributes().Any(a => a.AttributeClass is { Name: "SubjectIdAttribute", ContainingNamespace.Name: "LawfulBasis" });

    private static void Analyze(SymbolAnalysisContext context, PersonalDataModel model)
    {
        if (!IsSubjectKey(context.Symbol) && model.SuggestCategory(context.Symbol) is { } category)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, category);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnclassifiedPersonalData, context.Symbol.Locations.FirstOrDefault(), properties, context.Symbol.Name, category));
        }
    }
}
