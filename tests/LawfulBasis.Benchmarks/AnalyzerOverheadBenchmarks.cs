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
    // Every analyzer the package ships, as a build loads them (LB0007's and LB0008's included).
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = AllLawfulBasisAnalyzers();

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

    /// <summary>
    /// Where the time goes, for a busy machine: the compiler's own per-analyzer execution time (what
    /// <c>-p:ReportAnalyzer=true</c> prints), every LawfulBasis analyzer and the empty one run together on one fresh
    /// compilation per round, so that they share the binding and the noise. Not a benchmark; prints each round and the
    /// medians, and the diagnostics found, which must not change when the analyzers are made cheaper.
    /// </summary>
    public static void Profile(int rounds = 5)
    {
        var run = new AnalyzerOverheadBenchmarks { Types = 1000 };
        run.Setup();
        var empty = new EmptyOperationAnalyzer();
        ImmutableArray<DiagnosticAnalyzer> analyzers = [empty, .. run._analyzers];
        var times = analyzers.ToDictionary(a => a, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
            var compilation = run.NewCompilation().WithAnalyzers(analyzers, options);
            var found = compilation.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            foreach (var analyzer in analyzers)
            {
                times[analyzer].Add(compilation.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalSeconds);
            }

            var byRule = string.Join(", ", found.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            Console.WriteLine($"round {round + 1}: {clock.Elapsed.TotalSeconds:F1} s wall, {found.Length} diagnostics ({byRule}); "
                + string.Join(", ", analyzers.Select(a => $"{a.GetType().Name} {times[a][round]:F2} s")));
        }

        Console.WriteLine("median execution time per analyzer (ReportAnalyzer's measure):");
        foreach (var analyzer in analyzers)
        {
            var sorted = times[analyzer].Order().ToArray();
            Console.WriteLine($"  {analyzer.GetType().Name,-34} {sorted[sorted.Length / 2],6:F3} s");
        }

        var lawfulBasis = Enumerable.Range(0, rounds).Select(r => run._analyzers.Sum(a => times[a][r])).Order().ToArray();
        Console.WriteLine($"  {"all LawfulBasis analyzers",-34} {lawfulBasis[rounds / 2],6:F3} s");
    }

    /// <summary>The concrete analyzers of the LawfulBasis analyzer assembly, found by their attribute.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> AllLawfulBasisAnalyzers() =>
    [
        .. typeof(PersonalDataProcessingAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];

    private CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create(
            "Generated",
            _trees,
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));
}
