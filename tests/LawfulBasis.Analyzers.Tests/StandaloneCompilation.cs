using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// Compiles source outside the analyzer test harness (the discovery corpus, documentation snippets) against the running
/// runtime and the LawfulBasis vocabulary, and finds the repository the tests run in.
/// </summary>
internal static class StandaloneCompilation
{
    public static CSharpCompilation Create(string name, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(name, trees, References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The repository's root folder (where LawfulBasis.sln is).</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LawfulBasis.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"LawfulBasis.sln not found above {AppContext.BaseDirectory}");
    }

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(PurposeAttribute).Assembly.Location)
            .Append(typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());
}
