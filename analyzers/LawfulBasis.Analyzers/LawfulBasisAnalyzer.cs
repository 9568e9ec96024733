using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawfulBasis.Analyzers;

/// <summary>
/// What every LawfulBasis analyzer does first: skip generated code, run concurrently, and, once per compilation, take
/// the shared <see cref="PersonalDataModel"/> and register only when the compilation can use the rule.
/// </summary>
public abstract class LawfulBasisAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        // Generated code is never analysed. A rule that reports only inside the operation it is analysing (code the
        // driver has already found not generated) also tells the driver so: otherwise the driver checks every diagnostic
        // again for generated code, which walks the whole file for [GeneratedCode] under a lock, once per file with a
        // finding: on a build with many findings, more than the rule's own work.
        context.ConfigureGeneratedCodeAnalysis(ReportsOnlyInsideAnalyzedOperations ? GeneratedCodeAnalysisFlags.ReportDiagnostics : GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var model = PersonalDataModel.For(start.Compilation, start.Options);
            if (model.IsScan || AppliesTo(model.Symbols))
            {
                Register(start, model);
            }
        });
    }

    /// <summary>
    /// Whether the rule means anything in this compilation; by default, whether anything classifies personal data. In
    /// scan mode every rule applies: the heuristics classify.
    /// </summary>
    internal virtual bool AppliesTo(KnownSymbols symbols) => symbols.CanClassify;

    /// <summary>
    /// Whether every diagnostic of the rule is located inside the operation whose callback reports it, so it can never
    /// fall in generated code (which is not analysed). False for rules that report on symbols: a partial declaration may
    /// put a location in a generated file.
    /// </summary>
    internal virtual bool ReportsOnlyInsideAnalyzedOperations => false;

    /// <summary>Registers the rule's actions for one compilation.</summary>
    internal abstract void Register(CompilationStartAnalysisContext start, PersonalDataModel model);
}
