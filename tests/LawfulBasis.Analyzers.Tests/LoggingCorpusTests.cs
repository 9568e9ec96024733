using Xunit.Abstractions;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// LB0005 measured on labelled corpora of real-world logging code: every logging line is labelled LEAK or OK by what
/// reaches the log. <c>LoggingCorpus/Snippets.cs.txt</c> is held to the targets; <c>LoggingCorpus/HeldOut2.cs.txt</c>,
/// <c>LoggingCorpus/HeldOut3.cs.txt</c> and <c>LoggingCorpus/HeldOut4.cs.txt</c>, each written by someone who had not read
/// the analyzer and measured once, are printed and not enforced (LoggingCorpus/README.md).
/// </summary>
public sealed class LoggingCorpusTests(ITestOutputHelper output)
{
    private const double RecallTarget = 0.8;
    private const double PrecisionTarget = 0.9;

    [Fact]
    public async Task LB0005_meets_its_precision_and_recall_targets_on_the_corpus()
    {
        var result = await MeasureAsync("Snippets.cs.txt");

        Assert.True(result.UnlabelledFindings.Count == 0, "LB0005 on unlabelled lines: " + string.Join(", ", result.UnlabelledFindings));
        Assert.True(result.Recall >= RecallTarget, $"recall {result.Recall:0.00} < {RecallTarget}");
        Assert.True(result.Precision >= PrecisionTarget, $"precision {result.Precision:0.00} < {PrecisionTarget}");
    }

    [Theory]
    [InlineData("HeldOut2")]
    [InlineData("HeldOut3")]
    [InlineData("HeldOut4")]
    public async Task LB0005_is_measured_on_the_held_out_corpus_without_crashing(string heldOut)
    {
        // Figures printed, not enforced: a held-out set is measured once and never tuned into passing. Compiler errors and
        // analyzer exceptions (AD0001) still fail, because then nothing was measured.
        var result = await MeasureAsync(heldOut + ".cs.txt");

        if (result.UnlabelledFindings.Count > 0)
        {
            output.WriteLine($"{heldOut}: LB0005 on lines that write no labelled log line (false alarms): {string.Join(", ", result.UnlabelledFindings)}");
        }

        output.WriteLine($"{heldOut} (measured once, not enforced): precision {result.Precision:0.00}{Below(result.Precision, PrecisionTarget)}, " +
            $"recall {result.Recall:0.00}{Below(result.Recall, RecallTarget)}");
    }

    private static string Below(double figure, double target) => figure < target ? $" (BELOW the target {target})" : string.Empty;

    private async Task<Measurement> MeasureAsync(string fileName)
    {
        var source = await File.ReadAllTextAsync(CorpusPath(fileName));
        var compiled = await Verifier.Compile(source, new PersonalDataLoggingAnalyzer(), new PersonalDataProcessingAnalyzer());
        Assert.Empty(compiled.Errors);
        Assert.Empty(compiled.AnalyzerExceptions);
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Id == "AD0001");

        var lines = source.Split('\n');
        var flagged = compiled.Diagnostics.Where(d => d.Id == "LB0005")
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ToHashSet();
        var unlabelled = flagged.Where(l => !lines[l].Contains("// LEAK") && !lines[l].Contains("// OK")).Order().Select(l => l + 1).ToList();

        int truePositives = 0, falsePositives = unlabelled.Count, falseNegatives = 0, trueNegatives = 0;
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

        var result = new Measurement(truePositives, falsePositives, falseNegatives, trueNegatives, unlabelled);
        output.WriteLine($"LB0005 corpus {fileName}: {truePositives + falseNegatives} leaks, {falsePositives - unlabelled.Count + trueNegatives} clean lines; " +
            $"TP {truePositives}, FP {falsePositives}, FN {falseNegatives}, TN {trueNegatives}; precision {result.Precision:0.00}, recall {result.Recall:0.00}");
        return result;
    }

    private sealed record Measurement(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, IReadOnlyList<int> UnlabelledFindings)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);
    }

    // Found from where the test runs: CI builds map [CallerFilePath] away.
    private static string CorpusPath(string fileName) =>
        Path.Combine(StandaloneCompilation.RepositoryRoot(), "tests", "LawfulBasis.Analyzers.Tests", "LoggingCorpus", fileName);
}
