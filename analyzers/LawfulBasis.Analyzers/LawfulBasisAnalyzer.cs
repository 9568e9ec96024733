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
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
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

    /// <summary>Registers the rule's actions for one compilation.</summary>
    internal abstract void Register(CompilationStartAnalysisContext start, PersonalDataModel model);
}
