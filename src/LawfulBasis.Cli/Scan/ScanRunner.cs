using System.Reflection;
using System.Text.Json;

namespace LawfulBasis.Cli.Scan;

/// <summary>
/// Builds a codebase with the tool's analyzers injected in scan mode and reads back what they found. Building is what
/// makes the analysis real: the same compiler, references, generated code and settings as the project's own build.
/// </summary>
internal static class ScanRunner
{
    /// <summary>The result of a scan: the findings, the rules met, the projects not analysed and why, and how many compiled.</summary>
    public sealed record Result(IReadOnlyList<ScanFinding> Findings, IReadOnlyDictionary<string, ScanRule> Rules, IReadOnlyList<string> Failures, int ProjectsAnalysed)
    {
        /// <summary>A rule as the logs described it, or known by its id alone.</summary>
        public ScanRule Rule(string id) => Rules.TryGetValue(id, out var rule) ? rule : ScanRule.Unknown(id);
    }

    // Written by ScanBuild.targets once a project's compilation, and so its analysis, has succeeded.
    private const string CompiledMarker = "lawfulbasis-scan-compiled: ";

    public static Result Run(ScanTarget target, TextWriter progress)
    {
        var work = Directory.CreateTempSubdirectory("lawfulbasis-scan-").FullName;
        try
        {
            var targets = Extract("ScanBuild.targets", work);
            var packageProps = Extract("LawfulBasis.props", work);
            var artifacts = Path.Combine(work, "artifacts");
            var config = Extract("scan.globalconfig", work);
            File.AppendAllText(config, $"lawfulbasis.scan_output = {artifacts}{Path.DirectorySeparatorChar}\n");
            var logs = Directory.CreateDirectory(Path.Combine(work, "sarif")).FullName;
            var analyzer = Path.Combine(AppContext.BaseDirectory, "LawfulBasis.Analyzers.dll");
            string[] properties =
            [
                "-nologo", "-v:minimal", "-nodeReuse:false",
                $"-p:CustomAfterMicrosoftCommonTargets={targets}",
                $"-p:LawfulBasisScanOutput={logs}",
                $"-p:LawfulBasisScanAnalyzer={analyzer}",
                $"-p:LawfulBasisScanConfig={config}",
                $"-p:LawfulBasisScanPackageProps={packageProps}",
                // Built into the scan's own folder: the codebase's bin and obj stay as they were.
                "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={artifacts}",
                // Findings are reported, never fatal: every project gets analysed even when a rule is an error in its settings.
                "-p:TreatWarningsAsErrors=false", "-p:WarningsAsErrors=", "-p:CodeAnalysisTreatWarningsAsErrors=false",
            ];

            var expected = target.Projects;
            var compiled = new HashSet<string>(StringComparer.Ordinal);
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in target.BuildFiles)
            {
                // Restored apart from the build: a build with an implicit restore stops everything when one project
                // fails to restore (NU1101 offline), whereas a build after a restore compiles every project that can.
                var (_, restoreOutput) = DotnetProcess.Run(target.Root, ["restore", file, .. properties]);
                CollectErrors(restoreOutput, errors);
                var (_, buildOutput) = DotnetProcess.Run(target.Root, ["build", file, "--no-restore", "--no-incremental", .. properties], line =>
                {
                    var at = line.IndexOf(CompiledMarker, StringComparison.Ordinal);
                    if (at >= 0 && compiled.Add(line[(at + CompiledMarker.Length)..].Trim()))
                    {
                        var project = line[(at + CompiledMarker.Length)..].Trim();
                        var index = IndexOf(expected, project);
                        progress.WriteLine(index < 0
                            ? $"scan: analysed {Relative(target.Root, project)} (referenced)"
                            : $"scan: [{index + 1}/{expected.Count}] analysed {Relative(target.Root, project)}");
                    }
                });
                CollectErrors(buildOutput, errors);
            }

            var failures = new List<string>();
            for (var i = 0; i < expected.Count; i++)
            {
                if (compiled.Contains(expected[i]))
                {
                    continue;
                }

                var reason = errors.TryGetValue(expected[i], out var error) ? error : "it was not compiled: a project it references did not build, or its build stopped early (run 'dotnet build' on it to see why)";
                var failure = $"{Relative(target.Root, expected[i])}: {reason}";
                failures.Add(failure);
                progress.WriteLine($"scan: [{i + 1}/{expected.Count}] NOT analysed {failure}");
            }

            var (findings, rules) = Read(logs, target.Root);
            return new Result(findings, rules, failures, compiled.Count);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static int IndexOf(IReadOnlyList<string> projects, string project)
    {
        for (var i = 0; i < projects.Count; i++)
        {
            if (string.Equals(projects[i], project, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// Keeps the first error of each project, from MSBuild's lines <c>/p/App.csproj : error NU1101: …</c> and
    /// <c>/p/Code.cs(1,2): error CS0103: … [/p/App.csproj::TargetFramework=net10.0]</c>.
    /// </summary>
    private static void CollectErrors(string output, Dictionary<string, string> errors)
    {
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.Trim();
            var at = line.IndexOf(": error ", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            string? project = null;
            var message = line;
            var bracket = message.LastIndexOf(" [", StringComparison.Ordinal);
            if (bracket > at && message.EndsWith(']'))
            {
                project = message[(bracket + 2)..^1].Split("::")[0];
                message = message[..bracket];
            }

            // A restore error names the project at the start of the line (the bracket then holds the solution).
            var subject = line[..at].Trim();
            if (subject.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                project = subject;
                message = message[(at + 2)..];
            }

            if (project is not null && project.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                errors.TryAdd(Path.GetFullPath(project), message);
            }
        }
    }

    private static string Extract(string resource, string folder)
    {
        var path = Path.Combine(folder, resource);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"LawfulBasis.Cli.Scan.{resource}")
            ?? throw new InvalidOperationException($"The tool is missing its resource {resource}; reinstall it.");
        using var file = File.Create(path);
        stream.CopyTo(file);
        return path;
    }

    /// <summary>Reads every SARIF log the compilations wrote, keeping LawfulBasis results once each (multi-targeting repeats them).</summary>
    private static (IReadOnlyList<ScanFinding> Findings, IReadOnlyDictionary<string, ScanRule> Rules) Read(string logs, string root)
    {
        var findings = new HashSet<ScanFinding>(new SameFinding());
        var rulesMet = new SortedDictionary<string, ScanRule>(StringComparer.Ordinal);
        foreach (var log in Directory.EnumerateFiles(logs, "*.sarif").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(log));
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (run.TryGetProperty("tool", out var tool) && tool.GetProperty("driver").TryGetProperty("rules", out var rules))
                {
                    foreach (var rule in rules.EnumerateArray())
                    {
                        var id = rule.GetProperty("id").GetString()!;
                        if (id.StartsWith("LB", StringComparison.Ordinal))
                        {
                            rulesMet[id] = ToRule(id, rule);
                        }
                    }
                }

                if (!run.TryGetProperty("results", out var results))
                {
                    continue;
                }

                foreach (var result in results.EnumerateArray())
                {
                    var rule = result.GetProperty("ruleId").GetString()!;
                    if (!rule.StartsWith("LB", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // Projects outside the scanned folder (a referenced library) are built, but they are not what was asked about.
                    if (ToFinding(rule, result, root) is { File: var file } finding && !file.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(file))
                    {
                        findings.Add(finding);
                    }
                }
            }
        }

        return ([.. findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)], rulesMet);
    }

    /// <summary>
    /// A rule's SARIF descriptor: its title, help link, and its default configuration, which says whether a build shows
    /// its findings (the compiler writes one only when it differs from SARIF's default, an enabled warning).
    /// </summary>
    private static ScanRule ToRule(string id, JsonElement rule)
    {
        var known = ScanRule.Unknown(id);
        var title = rule.TryGetProperty("shortDescription", out var description) && description.TryGetProperty("text", out var text) ? text.GetString() ?? id : id;
        var help = rule.TryGetProperty("helpUri", out var uri) && uri.GetString() is { Length: > 0 } link ? link : known.HelpUri;
        var level = rule.TryGetProperty("defaultConfiguration", out var configuration)
            ? ScanRule.LevelOf(
                configuration.TryGetProperty("level", out var given) ? given.GetString() : null,
                !configuration.TryGetProperty("enabled", out var enabled) || enabled.ValueKind != JsonValueKind.False)
            : known.Level;
        return new ScanRule(id, title, help, level);
    }

    private static ScanFinding ToFinding(string rule, JsonElement result, string root)
    {
        var message = result.GetProperty("message").GetProperty("text").GetString() ?? string.Empty;
        string file = string.Empty;
        int line = 0, column = 0;
        if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
            && locations[0].TryGetProperty("physicalLocation", out var physical))
        {
            var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? string.Empty;
            var path = Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : uri;
            file = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (physical.TryGetProperty("region", out var region))
            {
                line = region.TryGetProperty("startLine", out var l) ? l.GetInt32() : 0;
                column = region.TryGetProperty("startColumn", out var c) ? c.GetInt32() : 0;
            }
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result.TryGetProperty("properties", out var bag) && bag.TryGetProperty("customProperties", out var custom))
        {
            foreach (var property in custom.EnumerateObject())
            {
                properties[property.Name] = property.Value.GetString() ?? string.Empty;
            }
        }

        return new ScanFinding(rule, message, file, line, column, properties);
    }

    private sealed class SameFinding : IEqualityComparer<ScanFinding>
    {
        public bool Equals(ScanFinding? x, ScanFinding? y) =>
            x is not null && y is not null && x.Rule == y.Rule && x.File == y.File && x.Line == y.Line && x.Column == y.Column && x.Message == y.Message;

        public int GetHashCode(ScanFinding finding) => HashCode.Combine(finding.Rule, finding.File, finding.Line, finding.Column, finding.Message);
    }
}
