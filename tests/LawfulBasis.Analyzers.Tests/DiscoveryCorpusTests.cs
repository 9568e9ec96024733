using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// Precision and recall of discovery (LB0004, and its high-confidence subset LB0008) over a labelled corpus of entity,
/// DTO and settings types written in the shapes real codebases use (Corpus/*.cs: e-commerce, identity, payments,
/// health, HR, mobile location, infrastructure). Every member carries a label: <c>// pd</c> (personal data),
/// <c>// no</c>, or <c>// key</c> (the person's own key, which LawfulBasis marks with [SubjectId] rather than a
/// category, so it is out of LB0004's scope and counted apart); Corpus/README.md gives the labelling rules. Figures are
/// printed per split: Development (the heuristics were tuned on its misses), Review, HeldOut (written after they were
/// frozen), HeldOut2, HeldOut3 and HeldOut4 (second to fourth held-out rounds, written by someone who had not read the
/// heuristics; printed, not enforced). The corpus compiles only here, with LAWFULBASIS_CORPUS defined.
/// </summary>
public sealed partial class DiscoveryCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Discovery_is_precise_and_finds_most_personal_data_in_the_corpus()
    {
        var (members, diagnostics) = await AnalyzeCorpusAsync();
        var flagged = diagnostics.Where(d => d.Id is "LB0004" or "LB0008").Select(Key).ToHashSet();
        var likely = diagnostics.Where(d => d.Id == "LB0008").Select(Key).ToHashSet();

        foreach (var split in members.GroupBy(m => m.Split).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Report(split.Key, Score(split.ToArray(), flagged, likely), details: true);
        }

        // Held-out sets measured once are printed, not held to the targets: their figures are the honest estimate of how
        // discovery does on code nobody tuned it on, and the lead decides what to change from them.
        foreach (var split in MeasuredOnce.Where(s => members.Any(m => m.Split == s)))
        {
            var heldOut = Score(members.Where(m => m.Split == split).ToArray(), flagged, likely);
            output.WriteLine($"{split} (measured once, not enforced): LB0004 precision {heldOut.Precision:F3}{Below(heldOut.Precision, 0.9)}, " +
                $"recall {heldOut.Recall:F3}{Below(heldOut.Recall, 0.85)}; LB0008 precision {heldOut.LikelyPrecision:F3}{Below(heldOut.LikelyPrecision, 0.95)}, " +
                $"recall {heldOut.LikelyRecall:F3}");
        }

        var all = Score(members.Where(m => !MeasuredOnce.Contains(m.Split)).ToArray(), flagged, likely);
        Report("whole corpus (without the sets measured once)", all, details: false);

        Assert.True(members.Count >= 300, $"the corpus has {members.Count} labelled members; it must keep at least 300");
        Assert.True(all.Precision >= 0.9, $"LB0004 precision {all.Precision:F3} < 0.9");
        Assert.True(all.Recall >= 0.85, $"LB0004 recall {all.Recall:F3} < 0.85");
        Assert.True(all.LikelyPrecision >= 0.95, $"LB0008 precision {all.LikelyPrecision:F3} < 0.95: a warning must almost never be wrong");
    }

    /// <summary>
    /// Held-out splits written after the heuristics and measured once (Corpus/README.md): reported apart and not part of
    /// the enforced figures, so that a held-out round can never be tuned into passing. HeldOut4, the next blind set, is
    /// listed before it arrives so that merging it can never make it part of the enforced figures.
    /// </summary>
    private static readonly string[] MeasuredOnce = ["HeldOut2", "HeldOut3", "HeldOut4"];

    private static string Below(double figure, double target) => figure < target ? $" (BELOW the target {target})" : string.Empty;

    private void Report(string name, Scores scores, bool details)
    {
        output.WriteLine($"{name}: {scores.Members} labelled members: {scores.Personal} personal, {scores.NotPersonal} not, {scores.Keys} subject keys (not scored; {scores.KeysFlagged} flagged)");
        output.WriteLine($"  LB0004 (every suggestion, LB0008 included): flagged {scores.Flagged}, true positives {scores.TruePositives}, precision {scores.Precision:F3}, recall {scores.Recall:F3}");
        output.WriteLine($"  LB0008 alone (warning):                      flagged {scores.LikelyFlagged}, true positives {scores.LikelyTruePositives}, precision {scores.LikelyPrecision:F3}, recall {scores.LikelyRecall:F3}");
        if (details)
        {
            foreach (var line in scores.Details)
            {
                output.WriteLine($"    {line}");
            }
        }
    }

    private static Scores Score(IReadOnlyCollection<LabelledMember> members, HashSet<string> flagged, HashSet<string> likely)
    {
        var scored = members.Where(m => m.Label != "key").ToArray();
        var personal = scored.Where(m => m.Label == "pd").ToArray();
        var likelyScored = scored.Where(m => likely.Contains(m.Key)).ToArray();
        var details = personal.Where(m => !flagged.Contains(m.Key)).Select(m => $"missed:         {m}")
            .Concat(scored.Where(m => m.Label == "no" && flagged.Contains(m.Key)).Select(m => $"false positive: {m}{(likely.Contains(m.Key) ? " (LB0008)" : string.Empty)}"))
            .ToArray();
        return new Scores(
            members.Count, personal.Length, scored.Length - personal.Length, members.Count - scored.Length,
            members.Count(m => m.Label == "key" && flagged.Contains(m.Key)),
            scored.Count(m => flagged.Contains(m.Key)), personal.Count(m => flagged.Contains(m.Key)),
            likelyScored.Length, likelyScored.Count(m => m.Label == "pd"), details);
    }

    private sealed record Scores(
        int Members, int Personal, int NotPersonal, int Keys, int KeysFlagged, int Flagged, int TruePositives, int LikelyFlagged, int LikelyTruePositives,
        IReadOnlyList<string> Details)
    {
        public double Precision => Ratio(TruePositives, Flagged);

        public double Recall => Ratio(TruePositives, Personal);

        public double LikelyPrecision => Ratio(LikelyTruePositives, LikelyFlagged);

        public double LikelyRecall => Ratio(LikelyTruePositives, Personal);
    }

    [Fact]
    public async Task Every_member_of_the_corpus_is_labelled_and_the_analyzers_do_not_fail_on_it()
    {
        var (_, diagnostics) = await AnalyzeCorpusAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static string Key(Diagnostic diagnostic) => $"{diagnostic.Location.SourceTree!.FilePath}@{diagnostic.Location.SourceSpan.Start}";

    private static async Task<(IReadOnlyList<LabelledMember> Members, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeCorpusAsync()
    {
        var folder = CorpusFolder();
        var options = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["LAWFULBASIS_CORPUS"]);
        var skipped = SkippedSplits();
        var trees = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Where(path => !skipped.Contains(Path.GetFileName(Path.GetDirectoryName(path)!)))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path))
            .ToArray();
        var compilation = StandaloneCompilation.Create("Corpus", trees);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The corpus must compile: " + string.Join(Environment.NewLine, errors.Take(10)));

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new UnclassifiedPersonalDataAnalyzer(), new LikelyPersonalDataAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        return (trees.SelectMany(Members).ToArray(), diagnostics);
    }

    /// <summary>
    /// Splits left out of this run, named in <c>LAWFULBASIS_CORPUS_SKIP</c> (comma-separated): an engineer tuning discovery
    /// runs the corpus with <c>LAWFULBASIS_CORPUS_SKIP=HeldOut4</c> so that the blind set is never read, compiled or
    /// printed on their machine; the lead measures it with the variable unset.
    /// </summary>
    private static HashSet<string> SkippedSplits() =>
        (Environment.GetEnvironmentVariable("LAWFULBASIS_CORPUS_SKIP") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every property, field and positional record parameter, with the label on its line.</summary>
    private static IEnumerable<LabelledMember> Members(SyntaxTree tree)
    {
        var text = tree.GetText();
        var root = tree.GetRoot();
        var identifiers = root.DescendantNodes().OfType<PropertyDeclarationSyntax>().Select(p => p.Identifier)
            .Concat(root.DescendantNodes().OfType<FieldDeclarationSyntax>().SelectMany(f => f.Declaration.Variables).Select(v => v.Identifier))
            .Concat(root.DescendantNodes().OfType<RecordDeclarationSyntax>().Where(r => r.ParameterList is not null).SelectMany(r => r.ParameterList!.Parameters).Select(p => p.Identifier));
        var stubs = Path.GetFileName(tree.FilePath) == "Stubs.cs";
        foreach (var identifier in identifiers)
        {
            if (stubs)
            {
                continue;
            }

            var line = text.Lines.GetLineFromPosition(identifier.SpanStart);
            var label = LabelPattern().Match(line.ToString());
            var where = $"{Path.GetFileName(tree.FilePath)}:{line.LineNumber + 1}";
            Assert.True(label.Success, $"{where}: the member '{identifier.Text}' has no label; end its line with // pd, // no or // key");
            var owner = identifier.Parent!.FirstAncestorOrSelf<TypeDeclarationSyntax>()!.Identifier.Text;
            var split = Path.GetFileName(Path.GetDirectoryName(tree.FilePath)!);
            yield return new LabelledMember($"{tree.FilePath}@{identifier.SpanStart}", split, $"{owner}.{identifier.Text} ({where})", label.Groups[1].Value);
        }
    }

    private static string CorpusFolder() => Path.Combine(StandaloneCompilation.RepositoryRoot(), "tests", "LawfulBasis.Analyzers.Tests", "Corpus");

    [GeneratedRegex(@"//\s*(pd|no|key)\s*$")]
    private static partial Regex LabelPattern();

    private sealed record LabelledMember(string Key, string Split, string Name, string Label)
    {
        public override string ToString() => Name;
    }
}
