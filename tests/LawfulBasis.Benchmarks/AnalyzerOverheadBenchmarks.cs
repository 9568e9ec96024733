extern alias analyzers;

using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using analyzers::LawfulBasis.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// What the LawfulBasis analyzers add to a build: compiling (binding and emitting) a large generated project, with and
/// without the analyzers, side by side in one run. Budget: under 5% added. Each operation starts from a fresh
/// compilation of already-parsed trees, as a build does.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class AnalyzerOverheadBenchmarks
{
    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<MetadataReference> _references;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers =
    [
        new PersonalDataProcessingAnalyzer(),
        new PurposeDeclarationAnalyzer(),
        new UnclassifiedPersonalDataAnalyzer(),
        new PersonalDataLoggingAnalyzer(),
    ];

    /// <summary>Data types, each with a service of 5 methods: 1,000 gives 2,000 types and about 45,000 member accesses.</summary>
    [Params(1000)]
    public int Types { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp12);
        _trees = [.. LargeProjectGenerator.Generate(Types, accessesPerService: 5).Select(s => CSharpSyntaxTree.ParseText(s, options))];
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll");
        _references =
        [
            .. platform.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(PurposeAttribute).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
        ];
        var errors = NewCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The generated project does not compile: " + string.Join("; ", errors.Select(e => e.ToString())));
        }
    }

    [Benchmark(Baseline = true, Description = "compile + emit, no analyzers")]
    public long WithoutAnalyzers()
    {
        using var output = new MemoryStream();
        var result = NewCompilation().Emit(output);
        return result.Success ? output.Length : -1;
    }

    [Benchmark(Description = "compile + emit + LawfulBasis analyzers")]
    public long WithLawfulBasisAnalyzers()
    {
        var compilation = NewCompilation().WithAnalyzers(_analyzers);
        var diagnostics = compilation.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        using var output = new MemoryStream();
        var result = compilation.Compilation.Emit(output);
        return result.Success ? output.Length + diagnostics.Length : -1;
    }

    [Benchmark(Description = "compile + emit + empty analyzer of the same shape")]
    public long WithEmptyAnalyzer()
    {
        var compilation = NewCompilation().WithAnalyzers([new EmptyOperationAnalyzer()]);
        var diagnostics = compilation.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        using var output = new MemoryStream();
        var result = compilation.Compilation.Emit(output);
        return result.Success ? output.Length + diagnostics.Length : -1;
    }

    /// <summary>Times each analyzer alone once, for finding where the time goes (not a benchmark).</summary>
    public static void Profile()
    {
        var run = new AnalyzerOverheadBenchmarks { Types = 1000 };
        run.Setup();
        var candidates = new (string Name, DiagnosticAnalyzer[] Analyzers)[]
        {
            ("none", []),
            ("empty", [new EmptyOperationAnalyzer()]),
            ("processing", [new PersonalDataProcessingAnalyzer()]),
            ("declarations", [new PurposeDeclarationAnalyzer()]),
            ("unclassified", [new UnclassifiedPersonalDataAnalyzer()]),
            ("logging", [new PersonalDataLoggingAnalyzer()]),
            ("all", [.. run._analyzers]),
        };
        foreach (var (name, analyzers) in candidates.Concat(candidates))
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var compilation = run.NewCompilation();
            var found = analyzers.Length == 0 ? 0 : compilation.WithAnalyzers([.. analyzers]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
            var analysed = clock.Elapsed;
            compilation.Emit(Stream.Null);
            Console.WriteLine($"{name,-14} analyzers {analysed.TotalSeconds,6:F2} s, total {clock.Elapsed.TotalSeconds,6:F2} s, {found} diagnostics");
        }
    }

    private CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create(
            "Generated",
            _trees,
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));
}
