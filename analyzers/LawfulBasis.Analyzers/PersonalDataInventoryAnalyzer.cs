using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawfulBasis.Analyzers;

/// <summary>
/// LB0100: in scan mode, every property or field that holds personal data, declared or recognised by its name, with
/// its categories: the inventory <c>lawfulbasis scan</c> reports. Silent in ordinary builds.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInventoryAnalyzer : LawfulBasisAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.PersonalDataInventory);

    // Only scan mode, which LawfulBasisAnalyzer checks before asking.
    internal override bool AppliesTo(KnownSymbols symbols) => false;

    internal override void Register(CompilationStartAnalysisContext start, PersonalDataModel model) =>
        start.RegisterSymbolAction(c => Analyze(c, model), SymbolKind.Property, SymbolKind.Field);

    private static void Analyze(SymbolAnalysisContext context, PersonalDataModel model)
    {
        var member = context.Symbol;
        if (member.IsImplicitlyDeclared || model.Classify(member) is not { } data)
        {
            return;
        }

        var kind = data.IsSpecialCategory ? "special category, Art. 9" : data.IsCriminalData ? "criminal-offence data, Art. 10" : "ordinary personal data";
        var how = data.IsDeclared ? "classified" : "recognised by its name, not classified";
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add("Type", member.ContainingType.ToDisplayString())
            .Add("Member", member.Name)
            .Add("Categories", data.Description)
            .Add("Kind", kind)
            .Add("Declared", data.IsDeclared ? "true" : "false");
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.PersonalDataInventory, member.Locations.FirstOrDefault(), properties,
            $"{member.ContainingType.Name}.{member.Name}", data.Description, $"{kind}; {how}"));
    }
}
