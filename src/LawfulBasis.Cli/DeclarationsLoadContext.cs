using System.Reflection;
using System.Runtime.Loader;

namespace LawfulBasis.Cli;

/// <summary>
/// Loads an application's assembly with its own dependencies, but shares LawfulBasis and the framework with the tool,
/// so that the attributes the catalog reads are the same types on both sides.
/// </summary>
internal sealed class DeclarationsLoadContext(string assemblyPath) : AssemblyLoadContext(nameof(DeclarationsLoadContext), isCollectible: true)
{
    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? string.Empty;
        if (name.StartsWith("LawfulBasis", StringComparison.Ordinal) && name != Path.GetFileNameWithoutExtension(assemblyPath)
            || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
            || name.StartsWith("System.", StringComparison.Ordinal))
        {
            return null; // the tool's copy
        }

        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
