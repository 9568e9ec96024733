using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text.Json;

namespace LawfulBasis.Cli;

/// <summary>
/// Loads an application's assembly with its own dependencies, but shares LawfulBasis and the framework with the tool,
/// so that the attributes the catalog reads and the services the tool calls are the same types on both sides. The
/// shared frameworks the application's <c>runtimeconfig.json</c> names beyond .NET itself (ASP.NET Core for a web
/// application) are found in the installation the tool runs on, as the host would find them for the application.
/// </summary>
internal sealed class DeclarationsLoadContext : AssemblyLoadContext
{
    // What the tool itself can load: the framework and its own dependencies.
    private static readonly HashSet<string> ToolAssemblies = [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator).Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    private readonly string _assemblyPath;
    private readonly AssemblyDependencyResolver _resolver;
    private readonly IReadOnlyList<string> _frameworkFolders;

    /// <summary>Creates the context; throws <see cref="ToolUsageException"/> when a framework the application needs is not installed.</summary>
    /// <param name="assemblyPath">The application's assembly.</param>
    public DeclarationsLoadContext(string assemblyPath)
        : base(nameof(DeclarationsLoadContext), isCollectible: true)
    {
        _assemblyPath = assemblyPath;
        _resolver = new AssemblyDependencyResolver(assemblyPath);
        _frameworkFolders = FrameworkFolders(assemblyPath);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? string.Empty;
        var shared = name.StartsWith("LawfulBasis", StringComparison.Ordinal) && name != Path.GetFileNameWithoutExtension(_assemblyPath)
            || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
            || name.StartsWith("System.", StringComparison.Ordinal);
        if (shared && ToolAssemblies.Contains(name))
        {
            return null; // the tool's copy
        }

        if (_resolver.ResolveAssemblyToPath(assemblyName) is { } path)
        {
            return LoadFromAssemblyPath(path);
        }

        // Framework assemblies are not in the application's deps.json: they come from its shared frameworks.
        foreach (var folder in _frameworkFolders)
        {
            var candidate = Path.Combine(folder, name + ".dll");
            if (File.Exists(candidate))
            {
                return LoadFromAssemblyPath(candidate);
            }
        }

        return null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

    /// <summary>
    /// The folders of the shared frameworks the application's runtimeconfig.json names, other than .NET itself (which the
    /// tool already runs on): for each, the highest installed version of the same major version that is at least the
    /// one asked for, as the host's roll-forward does by default.
    /// </summary>
    internal static IReadOnlyList<string> FrameworkFolders(string assemblyPath)
    {
        var config = Path.ChangeExtension(assemblyPath, ".runtimeconfig.json");
        if (!File.Exists(config))
        {
            return []; // a library, or an application using only .NET itself
        }

        List<(string Name, Version Version)> frameworks;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(config), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var options = document.RootElement.GetProperty("runtimeOptions");
            var listed = options.TryGetProperty("frameworks", out var many) ? many.EnumerateArray().ToArray()
                : options.TryGetProperty("framework", out var one) ? [one]
                : [];
            frameworks = [.. listed.Select(f => (f.GetProperty("name").GetString()!, VersionOf(f.GetProperty("version").GetString()!)))];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new ToolUsageException($"{config} cannot be read ({e.Message}); rebuild the application.");
        }

        var shared = Path.Combine(DotnetRoot(), "shared");
        var folders = new List<string>();
        foreach (var (name, wanted) in frameworks.Where(f => f.Name != "Microsoft.NETCore.App"))
        {
            var installed = Directory.Exists(Path.Combine(shared, name))
                ? Directory.GetDirectories(Path.Combine(shared, name)).Select(d => (Folder: d, Version: TryVersion(Path.GetFileName(d)))).Where(v => v.Version is not null).ToArray()
                : [];
            var best = installed.Where(v => v.Version!.Major == wanted.Major && v.Version >= wanted).OrderByDescending(v => v.Version).FirstOrDefault();
            folders.Add(best.Folder ?? throw new ToolUsageException(
                $"the application needs the shared framework {name} {wanted} (its runtimeconfig.json), which is not installed under {shared} (installed: {(installed.Length == 0 ? "none" : string.Join(", ", installed.Select(v => v.Version)))}). Install it, or run the tool where the application runs."));
        }

        return folders;
    }

    /// <summary>The .NET installation the tool runs on (the folder holding shared/).</summary>
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static Version VersionOf(string text) => TryVersion(text) ?? throw new FormatException($"\"{text}\" is not a version");

    /// <summary>A framework version without its prerelease label (10.0.0-rc.1 is 10.0.0).</summary>
    private static Version? TryVersion(string text) => Version.TryParse(text.Split('-', '+')[0], out var version) ? version : null;
}
