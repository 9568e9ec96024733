namespace LawfulBasis.Cli.Scan;

/// <summary>What <c>lawfulbasis scan</c> builds for a path: a solution, a project, or every project under a folder.</summary>
internal sealed record ScanTarget(string Root, IReadOnlyList<string> BuildFiles)
{
    private static readonly string[] BuildExtensions = [".sln", ".slnx", ".csproj"];

    /// <summary>Resolves a path, or returns the one-line reason it cannot be scanned.</summary>
    public static (ScanTarget? Target, string? Problem) Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return BuildExtensions.Contains(Path.GetExtension(full), StringComparer.OrdinalIgnoreCase)
                ? (new ScanTarget(Path.GetDirectoryName(full)!, [full]), null)
                : (null, $"{full} is not a solution (.sln, .slnx) or a C# project (.csproj).");
        }

        if (!Directory.Exists(full))
        {
            return (null, $"{full} does not exist.");
        }

        // A folder: its solution when it has exactly one, otherwise every project beneath it.
        var solutions = Directory.GetFiles(full, "*.sln").Concat(Directory.GetFiles(full, "*.slnx")).ToArray();
        if (solutions.Length == 1)
        {
            return (new ScanTarget(full, solutions), null);
        }

        var projects = Directory.EnumerateFiles(full, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(Path.GetRelativePath(full, p)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return projects.Length == 0
            ? (null, $"{full} holds no solution and no C# project.")
            : (new ScanTarget(full, projects), null);
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" || part.StartsWith('.'));
}
