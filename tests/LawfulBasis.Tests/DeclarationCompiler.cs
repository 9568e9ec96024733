using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Compliance.Classification;

namespace LawfulBasis.Tests;

/// <summary>
/// Compiles declaration source into a real assembly, so each test builds a catalog from exactly the declarations it
/// shows, written as a user would write them.
/// </summary>
internal static class DeclarationCompiler
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return
        [
            .. platform.Select(p => MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(PurposeAttribute).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(DataClassificationAttribute).Assembly.Location),
        ];
    });

    private static int _count;

    public static Assembly Compile(string source, string? assemblyName = null)
    {
        var header = "using System; using LawfulBasis; using Microsoft.Extensions.Compliance.Classification;\n";
        var tree = CSharpSyntaxTree.ParseText(header + source, new CSharpParseOptions(LanguageVersion.Preview));
        var compilation = CSharpCompilation.Create(
            assemblyName ?? $"Declarations{Interlocked.Increment(ref _count)}",
            [tree],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (!result.Success)
        {
            throw new InvalidOperationException("The test declarations do not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        }

        return Assembly.Load(image.ToArray());
    }

    public static ProcessingCatalog Catalog(string source) => ProcessingCatalog.FromAssemblies(Compile(source));

    public static IReadOnlyList<DeclarationProblem> Problems(string source) => ProcessingCatalog.Validate(Compile(source));
}
