using System.Text.Json;

namespace LawfulBasis.Cli.Scan;

/// <summary>The privacy report of a scan, as text for a reader or as SARIF 2.1 for code-scanning dashboards.</summary>
internal static class ScanReport
{
    // The problems a build shows, in the order a reader should fix them, with the GDPR articles at stake. A rule of a
    // newer analyzer that a build shows gets a section of its own after these, titled by its description.
    private static readonly (string Rule, string Heading)[] ProblemSections =
    [
        ("LB0001", "Processing with no declared purpose or lawful basis (LB0001, Art. 6(1))"),
        ("LB0002", "Special-category or criminal data without its Art. 9(2) condition or Art. 10 authority (LB0002)"),
        ("LB0006", "Data used for a purpose it was not collected for (LB0006, Art. 5(1)(b))"),
        ("LB0007", "Endpoints serving personal data with no gate decision (LB0007, Art. 6(1), 7(3), 17, 18, 21)"),
        ("LB0005", "Personal data reaching logs (LB0005, Art. 5(1)(f), 32)"),
        ("LB0008", "Members that are very likely personal data but not classified (LB0008, Art. 30(1)(c))"),
        ("LB0003", "Purpose declarations that break GDPR rules (LB0003)"),
    ];

    /// <summary>
    /// Whether the finding is a problem to fix: one a build with the analyzers shows (a warning or an error by default).
    /// The inventory (LB0100, LB0101) and LB0004's suggestions are information.
    /// </summary>
    public static bool IsProblem(ScanRunner.Result result, ScanFinding finding) => result.Rule(finding.Rule).ShownByBuild;

    public static void WriteText(ScanRunner.Result result, string scanned, TextWriter output)
    {
        var findings = result.Findings;
        output.WriteLine($"LawfulBasis privacy scan of {scanned} ({result.ProjectsAnalysed} project{Plural(result.ProjectsAnalysed)} built and analysed, including the ones it references)");

        var inventory = findings.Where(f => f.Rule == "LB0100").ToArray();
        output.WriteLine();
        output.WriteLine($"Personal data found: {inventory.Length} member{Plural(inventory.Length)}, {inventory.Count(f => f["Declared"] == "false")} not classified yet");
        foreach (var category in inventory.GroupBy(f => f["Categories"]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {category.Key} ({category.First()["Kind"]})");
            foreach (var member in category.OrderBy(f => f["Type"], StringComparer.Ordinal).ThenBy(f => f["Member"], StringComparer.Ordinal))
            {
                var how = member["Declared"] == "true" ? "classified" : "not classified (recognised by its name or type)";
                output.WriteLine($"    {member["Type"]}.{member["Member"]}  {how}  {member.Site}");
            }
        }

        var sites = findings.Where(f => f.Rule == "LB0101").ToArray();
        output.WriteLine();
        output.WriteLine($"Processing sites by purpose and basis: {sites.Length}");
        foreach (var purpose in sites.GroupBy(f => (Purpose: f["Purpose"], Basis: f["Basis"])).OrderBy(g => g.Key.Purpose, StringComparer.Ordinal))
        {
            output.WriteLine($"  {purpose.Key.Purpose} ({purpose.Key.Basis}): {purpose.Count()} site{Plural(purpose.Count())}, touching {string.Join(", ", purpose.Select(f => f["Categories"]).Distinct().Order(StringComparer.Ordinal))}");
        }

        var others = findings.Where(f => IsProblem(result, f) && !ProblemSections.Any(s => s.Rule == f.Rule))
            .Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal)
            .Select(rule => (Rule: rule, Heading: result.Rule(rule).Title == rule ? rule : $"{result.Rule(rule).Title} ({rule})"));
        foreach (var (rule, heading) in ProblemSections.Concat(others))
        {
            var matching = findings.Where(f => f.Rule == rule).ToArray();
            output.WriteLine();
            output.WriteLine($"{heading}: {matching.Length}");
            if (matching.Length > 0)
            {
                output.WriteLine($"  Why and how to fix: {result.Rule(rule).HelpUri}");
            }

            foreach (var finding in matching)
            {
                output.WriteLine($"  {finding.Site}  {finding.Message}");
            }
        }

        if (result.Failures.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Not analysed, because they did not restore or build: {result.Failures.Count}");
            foreach (var failure in result.Failures)
            {
                output.WriteLine($"  {failure}");
            }
        }

        output.WriteLine();
        var problems = findings.Count(f => IsProblem(result, f));
        if (problems > 0)
        {
            output.WriteLine($"{problems} problem{Plural(problems)} to fix. Each rule is explained, with a fix, at {ScanRule.HelpRoot}LBxxxx.md");
        }

        // A project that was not analysed may hold any problem: never report a clean result for it.
        if (result.Failures.Count > 0)
        {
            output.WriteLine($"The scan is incomplete: {result.Failures.Count} project{Plural(result.Failures.Count)} not analysed (listed above); make {(result.Failures.Count == 1 ? "it" : "them")} restore and build, then scan again.");
        }
        else if (problems == 0)
        {
            output.WriteLine("No processing problems found.");
        }
    }

    /// <summary>Exit 1 when the scan found something to fix or could not analyse every project; 0 only for a complete, clean scan.</summary>
    public static int ExitCode(ScanRunner.Result result) =>
        result.Findings.Any(f => IsProblem(result, f)) || result.Failures.Count > 0 ? ExitCodes.Problem : ExitCodes.Success;

    /// <summary>SARIF 2.1.0 with one run of the LawfulBasis rules, paths relative to the scanned folder (%SRCROOT%).</summary>
    public static void WriteSarif(ScanRunner.Result result, string root, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "LawfulBasis");
        json.WriteString("informationUri", "https://github.com/lawfulbasis/lawfulbasis");
        json.WriteStartArray("rules");
        foreach (var rule in result.Findings.Select(f => result.Rule(f.Rule)).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", rule.Level);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("%SRCROOT%");
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
        // Projects that did not build are the tool's own notifications: a dashboard must not read their silence as clean.
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", result.Failures.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var failure in result.Failures)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", $"Not analysed: {failure}");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var finding in result.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule);
            // The level a build gives the finding: a dashboard then shows what the build would, and the rest as notes.
            json.WriteString("level", result.Rule(finding.Rule).Level);
            json.WriteStartObject("message");
            json.WriteString("text", finding.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", finding.File);
            json.WriteString("uriBaseId", "%SRCROOT%");
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Line);
            json.WriteNumber("startColumn", finding.Column);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            if (finding.Properties.Count > 0)
            {
                json.WriteStartObject("properties");
                foreach (var (name, value) in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.WriteString(name, value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
