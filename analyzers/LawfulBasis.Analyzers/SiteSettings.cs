using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawfulBasis.Analyzers;

/// <summary>
/// The options a team sets in <c>.editorconfig</c> (or a global config) that change what a processing site must
/// declare, read once per syntax tree. Tree options win over global ones.
/// </summary>
internal sealed class SiteSettings
{
    /// <summary>Every processing site declares its purpose in code; a purpose bound to the data is not inherited.</summary>
    public const string RequireCodePurposeOption = "lawfulbasis.require_code_purpose";

    /// <summary>Test projects and test methods are analysed like production code (off by default: made-up data is not processing).</summary>
    public const string AnalyzeTestCodeOption = "lawfulbasis.analyze_test_code";

    /// <summary>The MSBuild property the package makes visible to the analyzers (<c>CompilerVisibleProperty</c>).</summary>
    public const string IsTestProjectOption = "build_property.IsTestProject";

    private SiteSettings(bool requireCodePurpose, bool analyzeTestCode, bool isTestProject)
    {
        RequireCodePurpose = requireCodePurpose;
        AnalyzeTestCode = analyzeTestCode;
        IsTestProject = isTestProject;
    }

    public bool RequireCodePurpose { get; }

    public bool AnalyzeTestCode { get; }

    public bool IsTestProject { get; }

    /// <summary>Whether nothing in the tree is analysed: it belongs to a test project and the team did not opt in.</summary>
    public bool SkipsTree => IsTestProject && !AnalyzeTestCode;

    public static SiteSettings Read(AnalyzerOptions options, SyntaxTree tree)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var local = provider.GetOptions(tree);
        var global = provider.GlobalOptions;
        return new SiteSettings(
            IsTrue(local, global, RequireCodePurposeOption),
            IsTrue(local, global, AnalyzeTestCodeOption),
            IsTrue(local, global, IsTestProjectOption));
    }

    private static bool IsTrue(AnalyzerConfigOptions local, AnalyzerConfigOptions global, string key) =>
        (local.TryGetValue(key, out var value) || global.TryGetValue(key, out value))
        && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
