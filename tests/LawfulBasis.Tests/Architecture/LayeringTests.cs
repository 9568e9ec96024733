namespace LawfulBasis.Tests.Architecture;

/// <summary>
/// The folders of src/LawfulBasis depend one way: declarations → catalog → what a decision and a trail record are →
/// registers → the gate and the trail → reports → hosting. A folder may use itself and the folders in lower layers; never a folder above it, nor a sibling
/// in its own layer (siblings are independent, so each can change without the other).
/// </summary>
public sealed class LayeringTests
{
    /// <summary>Bottom first. Folders in one row are siblings.</summary>
    private static readonly string[][] Layers =
    [
        ["Vocabulary"],        // the attributes and enums users write
        ["Shared"],            // src/Shared: rules and parsers shared word for word with the analyzer (it links the Vocabulary enums)
        ["Catalog"],           // declarations read into purposes, categories, retention; purpose lookup; basis and retention wording
        ["Processing"],        // what an operation and a decision are, and the record the trail receives (IAuditRecorder)
        ["Registers"],         // consent, objection, restriction, legal hold and erasure records; they record their changes
        ["Gate", "Audit"],     // the gate decides from the registers; the trail writes what it is handed: neither knows the other
        ["Rights", "Ropa"],    // the rights engine (through IAuditTrail) and the Art. 30 record
        ["Notice"],            // the privacy notice: the record's wording and document writers, the rights' list
        ["Hosting"],           // registration: composes everything
    ];

    private static readonly Lazy<IReadOnlyList<FolderDependency>> Core = new(() =>
    {
        var root = SourceDependencies.RepositoryRoot().FullName;
        var core = Path.Combine(root, "src", "LawfulBasis");
        return SourceDependencies.Find(core, [core, Path.Combine(root, "src", "Shared")], "LawfulBasis");
    });

    [Fact]
    public void Each_folder_of_the_core_uses_only_itself_and_the_layers_below_it()
    {
        var dependencies = Core.Value;

        var rank = Layers.SelectMany((row, i) => row.Select(folder => (folder, i))).ToDictionary(p => p.folder, p => p.i);
        var unplaced = dependencies.SelectMany(d => new[] { d.FromFolder, d.ToFolder }).Distinct().Where(f => !rank.ContainsKey(f)).ToList();
        Assert.True(unplaced.Count == 0,
            $"Folder(s) {string.Join(", ", unplaced)} of src/LawfulBasis have no layer: add each to {nameof(LayeringTests)}.{nameof(Layers)} where it belongs (bottom first).");

        var upward = dependencies
            .Where(d => rank[d.ToFolder] >= rank[d.FromFolder])
            .GroupBy(d => (d.FromFile, d.ToFolder, d.Symbol))
            .Select(g => $"{g.Key.FromFile}:{g.Min(d => d.Line)} uses {g.Key.Symbol} from {g.Key.ToFolder}/"
                + (rank[g.Key.ToFolder] == rank[g.First().FromFolder] ? " (a sibling)" : " (a layer above)"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(upward.Count == 0,
            $"{upward.Count} use(s) against the layer order (move the shared type down to a layer both can see, or depend on an interface below):\n"
            + string.Join("\n", upward));
    }

    [Fact]
    public void The_check_sees_uses_across_folders_that_share_a_namespace()
    {
        // Vocabulary and Catalog share the LawfulBasis namespace; the check must still see Catalog using Vocabulary,
        // or a passing layering test would mean nothing.
        var dependencies = Core.Value;

        Assert.Contains(dependencies, d => d.FromFolder == "Catalog" && d.ToFolder == "Vocabulary" && d.Symbol == "LawfulBasis.LegalBasis");
        Assert.Contains(dependencies, d => d.FromFolder == "Hosting" && d.ToFolder == "Audit");
    }

    [Fact]
    public void The_check_finds_a_lower_folder_using_a_higher_one_through_var_and_target_typed_new()
    {
        var project = Directory.CreateTempSubdirectory("layering-");
        try
        {
            Directory.CreateDirectory(Path.Combine(project.FullName, "Low"));
            Directory.CreateDirectory(Path.Combine(project.FullName, "High"));
            File.WriteAllText(Path.Combine(project.FullName, "High", "Report.cs"), "namespace Same; public sealed class Report { public static Report Make() => new(); }");
            File.WriteAllText(Path.Combine(project.FullName, "Low", "Gate.cs"), "namespace Same; public static class Gate { public static void Run() { var r = Report.Make(); _ = r; } }");

            var dependencies = SourceDependencies.Find(project.FullName, [project.FullName], "Probe");

            Assert.Contains(dependencies, d => d.FromFolder == "Low" && d.ToFolder == "High" && d.Symbol == "Same.Report" && d.Line == 1);
            Assert.DoesNotContain(dependencies, d => d.FromFolder == "High");
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }
}
