using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawfulBasis.Analyzers;

/// <summary>
/// LB0008: the high-confidence subset of LB0004, as a warning so that it shows in command-line builds. A member whose
/// name alone says personal data (<c>Email</c>, <c>DateOfBirth</c>, <c>CardSecurityNumber</c>, <c>FaceTemplate</c>)
/// and that carries no classification escapes every other check; LB0004 keeps every suggestion, with its code fix,
/// which classifies the member and so clears both.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LikelyPersonalDataAnalyzer : LawfulBasisAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LikelyPersonalData);

    // Like LB0004: a category to suggest needs the package (scan mode aside).
    internal override bool AppliesTo(KnownSymbols symbols) => symbols.PersonalData is not null;

    internal override void Register(CompilationStartAnalysisContext start, PersonalDataModel model) =>
        start.RegisterSymbolAction(c => Analyze(c, model), SymbolKind.Property, SymbolKind.Field);

    [MethodImpl(HotPath.Optimized)]
    private static void Analyze(SymbolAnalysisContext context, PersonalDataModel model)
    {
        var member = context.Symbol;
        // Recognised once per member and shared with LB0004 (both rules ask the same question of every member).
        if (model.Discover(member) is { Confidence: PersonalDataNames.Confidence.High } suggestion)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(UnclassifiedPersonalDataAnalyzer.CategoryProperty, suggestion.Category);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.LikelyPersonalData, member.Locations.FirstOrDefault(), properties, member.Name, suggestion.Category));
        }
    }
}
