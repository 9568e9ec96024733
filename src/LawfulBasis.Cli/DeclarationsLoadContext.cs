using System.Reflection;
using System.Runtime.Loader;

namespace LawfulBasis.Cli;

/// <summary>
/// Loads an application's assembly with its own dependencies, but shares LawfulBasis and the framework with the tool,
/// so that the attributes the catalog reads and the services the tool calls are the same types on both sides.
/// </summary>
internal sealed class DeclarationsLoadContext(string assemblyPath) : AssemblyLoadContext(nameof(DeclarationsLoadContext), isCollectible: true)
{
    // What the tool itself can load: the framework and its own dependencies.
    private static readonly HashSet<string> ToolAssemblies = [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator).Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? string.Empty;
        var shared = name.StartsWith("LawfulBasis", StringComparison.Ordinal) && name != Path.GetFileNameWithoutExtension(assemblyPath)
            || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
            || name.StartsWith("System.", StringComparison.Ordinal);
        if (shared && ToolAssemblies.Contains(name))
        {
            return null; // the tool's copy
        }

        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
