using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// Runs an analyzer (and optionally a code fix) over test source with markup such as <c>{|LB0001:customer.Email|}</c>.
/// References come from this machine's .NET reference pack, so no test downloads anything.
/// </summary>
internal static class Verifier
{
    public const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing LawfulBasis;\n";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. ReferencePack().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(PurposeAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
    ]);

    // EF Core and the Microsoft.Extensions assemblies its public types mention, for tests of EF Core code only: the
    // other tests declare stubs of their own (a DbSet<T>) that would clash with the real types.
    private static readonly Lazy<ImmutableArray<MetadataReference>> EntityFrameworkReferences = new(() =>
    {
        var entityFramework = typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly;
        var already = new HashSet<string>(References.Value.OfType<PortableExecutableReference>().Select(r => Path.GetFileNameWithoutExtension(r.FilePath!)), StringComparer.OrdinalIgnoreCase);
        return
        [
            MetadataReference.CreateFromFile(entityFramework.Location),
            .. entityFramework.GetReferencedAssemblies()
                .Where(a => a.Name is { } name && (name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
                    && !already.Contains(name))
                .Select(a => (MetadataReference)MetadataReference.CreateFromFile(System.Reflection.Assembly.Load(a).Location)),
        ];
    });

    /// <summary>The references every compiled test source gets (the .NET reference pack and the LawfulBasis vocabulary).</summary>
    public static ImmutableArray<MetadataReference> TestReferences => References.Value;

    public static Task Analyze<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = Usings + source };
        Configure(test);
        return test.RunAsync();
    }

    public static Task AnalyzeWithExpected<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = Usings + source };
        test.ExpectedDiagnostics.AddRange(expected);
        Configure(test);
        return test.RunAsync();
    }

    /// <summary>As <see cref="Analyze{TAnalyzer}"/>, for source that uses EF Core (compiled against the real EF Core assembly).</summary>
    public static Task AnalyzeWithEntityFramework<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = Usings + "using Microsoft.EntityFrameworkCore;\n" + source };
        test.ExpectedDiagnostics.AddRange(expected);
        Configure(test);
        test.TestState.AdditionalReferences.AddRange(EntityFrameworkReferences.Value);
        return test.RunAsync();
    }

    /// <summary>Analyzes as <c>lawfulbasis scan</c> does: scan mode on and every rule, the inventory ones included, reported as a warning.</summary>
    public static Task AnalyzeInScanMode<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = Usings + source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            lawfulbasis.scan = true
            dotnet_diagnostic.LB0100.severity = warning
            dotnet_diagnostic.LB0101.severity = warning
            """));
        Configure(test);
        return test.RunAsync();
    }

    /// <summary>Analyzes code that does not compile: only the analyzer's diagnostics are compared, and none may be AD0001.</summary>
    public static Task AnalyzeIncomplete<TAnalyzer>(string source, bool withEntityFramework = false)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = Usings + source,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        Configure(test);
        if (withEntityFramework)
        {
            test.TestState.AdditionalReferences.AddRange(EntityFrameworkReferences.Value);
        }

        return test.RunAsync();
    }

    public static Task Fix<TAnalyzer, TFix>(string source, string fixedSource, int? codeActionIndex = null, int? iterations = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = Usings + source,
            FixedCode = Usings + fixedSource,
            CodeActionIndex = codeActionIndex,
        };
        if (iterations is { } count)
        {
            test.NumberOfIncrementalIterations = count;
            test.NumberOfFixAllIterations = 1;
        }

        Configure(test);
        return test.RunAsync();
    }

    /// <summary>Runs a test the caller set up (for example with an <c>.editorconfig</c>) with the usual references and language version.</summary>
    public static Task RunConfigured<TVerifier>(AnalyzerTest<TVerifier> test)
        where TVerifier : IVerifier, new()
    {
        Configure(test);
        return test.RunAsync();
    }

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(References.Value);
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
            return solution
                .WithProjectCompilationOptions(projectId, options)
                .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12));
        });
    }

    /// <summary>
    /// Compiles source (without the usual usings) and runs analyzers over it directly, for corpora and documentation
    /// snippets: returns the compiler's errors, the analyzers' diagnostics and any exception an analyzer threw (AD0001).
    /// </summary>
    public static Task<CompiledSource> Compile(string source, params DiagnosticAnalyzer[] analyzers) =>
        Compile(source, new Dictionary<string, string>(), analyzers);

    /// <summary>As <see cref="Compile(string, DiagnosticAnalyzer[])"/>, with global analyzer options (scan mode) and rules enabled by them.</summary>
    public static Task<CompiledSource> Compile(string source, IReadOnlyDictionary<string, string> globalOptions, params DiagnosticAnalyzer[] analyzers) =>
        Compile(source, globalOptions, withEntityFramework: false, analyzers);

    /// <summary>As <see cref="Compile(string, DiagnosticAnalyzer[])"/>, compiled against EF Core too.</summary>
    public static Task<CompiledSource> CompileWithEntityFramework(string source, params DiagnosticAnalyzer[] analyzers) =>
        Compile(source, new Dictionary<string, string>(), withEntityFramework: true, analyzers);

    private static async Task<CompiledSource> Compile(string source, IReadOnlyDictionary<string, string> globalOptions, bool withEntityFramework, DiagnosticAnalyzer[] analyzers)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), path: "Source.cs");
        var enabled = globalOptions
            .Where(o => o.Key.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && o.Value == "warning")
            .ToDictionary(o => o.Key.Split('.')[1], _ => ReportDiagnostic.Warn);
        var compilation = CSharpCompilation.Create(
            "Snippets",
            [tree],
            withEntityFramework ? References.Value.AddRange(EntityFrameworkReferences.Value) : References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(enabled));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new GlobalOptionsProvider(globalOptions)), (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([.. analyzers], options).GetAnalyzerDiagnosticsAsync();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return new CompiledSource(errors, diagnostics, exceptions);
    }

    private static string[] ReferencePack()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/ → .../dotnet/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.0
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var root = runtime.Parent!.Parent!.Parent!.FullName;
        var packs = new DirectoryInfo(Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref"));
        var version = packs.Exists
            ? packs.GetDirectories().Select(d => d.Name).OrderByDescending(v => Version.TryParse(v, out var parsed) ? parsed : new Version()).FirstOrDefault()
            : null;
        var folder = version is null ? null : Directory.GetDirectories(Path.Combine(packs.FullName, version, "ref")).FirstOrDefault();
        if (folder is null)
        {
            throw new InvalidOperationException($"No .NET reference pack under {packs.FullName}; the analyzer tests compile against it. Install the .NET SDK.");
        }

        return Directory.GetFiles(folder, "*.dll");
    }
}

/// <summary>What <see cref="Verifier.Compile"/> found: compiler errors, analyzer diagnostics and analyzer exceptions.</summary>
internal sealed record CompiledSource(ImmutableArray<Diagnostic> Errors, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> AnalyzerExceptions);

/// <summary>Analyzer options that are the same global values for every file, as a <c>.globalconfig</c> gives.</summary>
internal sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private readonly Options _options = new(values);

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
