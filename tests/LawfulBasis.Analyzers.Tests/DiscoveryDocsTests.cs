using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// The C# snippets of docs/rules/LB0004.md and LB0008.md say true things: each is compiled, and each line reports
/// exactly the discovery rules its comment names (none when it names none).
/// </summary>
public sealed partial class DiscoveryDocsTests
{
    [Theory]
    [InlineData("LB0004.md")]
    [InlineData("LB0008.md")]
    public async Task Every_snippet_reports_exactly_the_rules_its_comments_name(string page)
    {
        var markdown = File.ReadAllText(Path.Combine(StandaloneCompilation.RepositoryRoot(), "docs", "rules", page));
        var snippets = SnippetPattern().Matches(markdown).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(snippets);
        foreach (var snippet in snippets)
        {
            var source = Verifier.Usings + snippet;
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
            var compilation = StandaloneCompilation.Create("Snippet", [tree]);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, $"{page}: a snippet does not compile: {string.Join("; ", errors.Take(3))}\n{snippet}");

            var diagnostics = await compilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new UnclassifiedPersonalDataAnalyzer(), new LikelyPersonalDataAnalyzer())).GetAnalyzerDiagnosticsAsync();
            var lines = source.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var comment = lines[i].IndexOf("//", StringComparison.Ordinal);
                var expected = comment < 0 ? [] : RulePattern().Matches(lines[i][comment..]).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();
                var actual = diagnostics.Where(d => d.Location.GetLineSpan().StartLinePosition.Line == i).Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
                Assert.True(expected.SequenceEqual(actual), $"{page}: '{lines[i].Trim()}' reports [{string.Join(", ", actual)}], its comment says [{string.Join(", ", expected)}]");
            }
        }
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();

    [GeneratedRegex(@"LB00(04|08)")]
    private static partial Regex RulePattern();
}
