using Xunit.Abstractions;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// LB0005 measured on a labelled corpus of real-world logging code (<c>LoggingCorpus/Snippets.cs.txt</c>): every logging
/// line is labelled LEAK or OK by what reaches the log; precision and recall are printed and held to the targets.
/// </summary>
public sealed class LoggingCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task LB0005_meets_its_precision_and_recall_targets_on_the_corpus()
    {
        var source = await File.ReadAllTextAsync(CorpusPath());
        var compiled = await Verifier.Compile(source, new PersonalDataLoggingAnalyzer(), new PersonalDataProcessingAnalyzer());
        Assert.Empty(compiled.Errors);
        Assert.Empty(compiled.AnalyzerExceptions);

        var lines = source.Split('\n');
        var flagged = compiled.Diagnostics.Where(d => d.Id == "LB0005")
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ToHashSet();
        var unlabelled = flagged.Where(l => !lines[l].Contains("// LEAK") && !lines[l].Contains("// OK")).ToList();
        Assert.True(unlabelled.Count == 0, "LB0005 on unlabelled lines: " + string.Join(", ", unlabelled.Select(l => l + 1)));

        int truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
        for (var line = 0; line < lines.Length; line++)
        {
            var leak = lines[line].TrimEnd().EndsWith("// LEAK", StringComparison.Ordinal);
            var ok = lines[line].TrimEnd().EndsWith("// OK", StringComparison.Ordinal);
            if (!leak && !ok)
            {
                continue;
            }

            var hit = flagged.Contains(line);
            if (leak && hit) truePositives++;
            else if (leak) { falseNegatives++; output.WriteLine($"missed   line {line + 1}: {lines[line].Trim()}"); }
            else if (hit) { falsePositives++; output.WriteLine($"false alarm line {line + 1}: {lines[line].Trim()}"); }
            else trueNegatives++;
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine($"LB0005 corpus: {truePositives + falseNegatives} leaks, {falsePositives + trueNegatives} clean lines; " +
            $"TP {truePositives}, FP {falsePositives}, FN {falseNegatives}, TN {trueNegatives}; precision {precision:0.00}, recall {recall:0.00}");
        Assert.True(recall >= 0.8, $"recall {recall:0.00} < 0.8");
        Assert.True(precision >= 0.9, $"precision {precision:0.00} < 0.9");
    }

    // Found from where the test runs: CI builds map [CallerFilePath] away.
    private static string CorpusPath() =>
        Path.Combine(StandaloneCompilation.RepositoryRoot(), "tests", "LawfulBasis.Analyzers.Tests", "LoggingCorpus", "Snippets.cs.txt");
}
