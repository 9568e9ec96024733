using System.Text.Json;
using System.Xml.Linq;

namespace LawfulBasis.Cli.Scan;

/// <summary>
/// What <c>lawfulbasis scan</c> builds for a path — a solution, a solution filter, a project, or every project under a
/// folder — and the C# projects that build is expected to analyse, so that a project that did not build is reported.
/// </summary>
/// <param name="Root">The folder findings are reported relative to.</param>
/// <param name="BuildFiles">What is restored and built, one <c>dotnet build</c> each.</param>
/// <param name="Projects">The full paths of the C# projects the scan must analyse.</param>
internal sealed record ScanTarget(string Root, IReadOnlyList<string> BuildFiles, IReadOnlyList<string> Projects)
{
    private static readonly string[] BuildExtensions = [".sln", ".slnx", ".slnf", ".csproj"];

    /// <summary>Resolves a path, or returns the one-line reason it cannot be scanned.</summary>
    public static (ScanTarget? Target, string? Problem) Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            if (!BuildExtensions.Contains(Path.GetExtension(full), StringComparer.OrdinalIgnoreCase))
            {
                return (null, $"{full} is not a solution (.sln, .slnx), a solution filter (.slnf) or a C# project (.csproj).");
            }

            var (projects, problem) = ProjectsOf(full);
            return projects is null ? (null, problem) : (new ScanTarget(Path.GetDirectoryName(full)!, [full], projects), null);
        }

        if (!Directory.Exists(full))
        {
            return (null, $"{full} does not exist.");
        }

        // A folder: its solution when it has exactly one, otherwise every project beneath it.
        var solutions = Directory.GetFiles(full, "*.sln").Concat(Directory.GetFiles(full, "*.slnx")).ToArray();
        if (solutions.Length == 1)
        {
            var (projects, problem) = ProjectsOf(solutions[0]);
            return projects is null ? (null, problem) : (new ScanTarget(full, solutions, projects), null);
        }

        var all = Directory.EnumerateFiles(full, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(Path.GetRelativePath(full, p)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return all.Length == 0
            ? (null, $"{full} holds no solution and no C# project.")
            : (new ScanTarget(full, all, all), null);
    }

    /// <summary>The C# projects a build file covers, or the reason they cannot be read.</summary>
    private static (IReadOnlyList<string>? Projects, string? Problem) ProjectsOf(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        try
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            IEnumerable<string> paths = extension switch
            {
                ".csproj" => [file],
                ".slnx" => XDocument.Load(file).Descendants("Project").Select(p => (string?)p.Attribute("Path") ?? string.Empty),
                ".sln" => SolutionProjects(File.ReadAllLines(file)),
                _ => FilterProjects(file, out folder),
            };
            var projects = paths
                .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                .Select(p => Path.GetFullPath(Path.Combine(folder, p.Replace('\\', Path.DirectorySeparatorChar))))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            return projects.Length == 0 ? (null, $"{file} lists no C# project (.csproj).") : (projects, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or System.Xml.XmlException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, $"{file} cannot be read as a {Path.GetExtension(file)} file: {e.Message}");
        }
    }

    /// <summary>The project paths of a classic <c>.sln</c>: <c>Project("{type}") = "Name", "path", "{id}"</c> lines.</summary>
    private static IEnumerable<string> SolutionProjects(IEnumerable<string> lines) =>
        lines.Where(l => l.StartsWith("Project(", StringComparison.Ordinal))
            .Select(l => l.Split('"'))
            .Where(parts => parts.Length > 5)
            .Select(parts => parts[5]);

    /// <summary>
    /// The projects of a solution filter: JSON naming the solution (relative to the filter) and the projects kept
    /// (relative to the solution), which is the folder their paths resolve against.
    /// </summary>
    private static string[] FilterProjects(string filter, out string folder)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(filter));
        var solution = document.RootElement.GetProperty("solution");
        var solutionPath = solution.GetProperty("path").GetString() ?? throw new InvalidOperationException("'solution.path' is empty");
        var fullSolution = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(filter)!, solutionPath.Replace('\\', Path.DirectorySeparatorChar)));
        if (!File.Exists(fullSolution))
        {
            throw new InvalidOperationException($"the solution it filters, {fullSolution}, does not exist");
        }

        folder = Path.GetDirectoryName(fullSolution)!;
        return solution.GetProperty("projects").EnumerateArray().Select(p => p.GetString() ?? string.Empty).ToArray();
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" || part.StartsWith('.'));
}
