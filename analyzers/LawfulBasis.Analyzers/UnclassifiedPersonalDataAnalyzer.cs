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

    private static void Analyze(SymbolAnalysisContext context, PersonalDataModel model)
    {
        // The same answer LB0008 reads: the model works it out once per member for both rules.
        if (model.Discover(context.Symbol) is { } suggestion)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, suggestion.Category);
            // Found by its name ("looks like ContactData"), or by the type it sits on, which names nothing personal itself.
            var why = suggestion.Describes is { } person
                ? $"describes {person}: information relating to an identifiable person (Art. 4(1)), so personal data unless it is technical"
                : $"looks like {suggestion.Category}";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnclassifiedPersonalData, context.Symbol.Locations.FirstOrDefault(), properties, context.Symbol.Name, suggestion.Category, why));
        }
    }
}
