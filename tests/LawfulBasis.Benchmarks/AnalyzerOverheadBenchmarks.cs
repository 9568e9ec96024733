extern alias analyzers;

using System.Collections.Immutable;
using System.Runtime;
using BenchmarkDotNet.Attributes;
using analyzers::LawfulBasis.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// What the LawfulBasis analyzers add to a build: compiling (binding and emitting) a large generated project, with and
/// without the analyzers, side by side in one run; the budget (at most 3% added) is <see cref="BuildOverheadBenchmarks"/>'s.
/// Each operation starts from a fresh compilation of already-parsed trees, as a build does.
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
    /// Where the time goes, for a busy machine (wall-clock medians are noise there). Each round, on fresh compilations
    /// analysed on one thread (so that no thread spins waiting for another): the CPU time and the bytes allocated running
    /// the empty analyzer of the same shape, then every LawfulBasis analyzer, then compiling and emitting; and the
    /// compiler's own per-analyzer execution time (what <c>-p:ReportAnalyzer=true</c> prints, wall-clock). First a
    /// warm-up of the compiler alone, then the analyzers' first (cold) run, printed apart: that is what a build without a
    /// compiler server pays every time. Prints each round, the medians and the diagnostics found, which must not change when the analyzers
    /// are made cheaper. Not a benchmark.
    /// </summary>
    public static void Profile(int rounds = 5, int types = 1000)
    {
        var run = new AnalyzerOverheadBenchmarks { Types = types };
        run.Setup();
        var times = run._analyzers.ToDictionary(a => a, _ => new List<double>());
        var empty = new List<(double Cpu, double Megabytes)>();
        var lawfulBasis = new List<(double Cpu, double Megabytes)>();
        var compile = new List<(double Cpu, double Megabytes)>();

        // Warm-up of the compiler's own code (binding, operations, emit), not recorded.
        Analyze([new EmptyOperationAnalyzer()]);
        run.NewCompilation(concurrent: false).Emit(Stream.Null);

        // The analyzers' first run, cold: their code is JIT-compiled as it is first called, as in every build without a
        // compiler server (UseSharedCompilation=false: a fresh csc process per build). With a server, only its first build.
        // The JIT's own counters do not depend on the machine's load: what the first run compiles, and the time it took.
        var (jitMethods, jitBytes, jitTime) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompiledILBytes(), JitInfo.GetCompilationTime());
        var recorder = new JitRecorder();
        recorder.Start();
        var coldStart = Measure();
        var (coldCompilation, _) = Analyze(run._analyzers);
        var cold = Since(coldStart);
        recorder.StopAndPrint("first run (cold analyzer code)");
        recorder.Dispose(); // events off again: the warm rounds are timed without the listener
        Console.WriteLine($"first run (cold analyzer code): JIT-compiled {JitInfo.GetCompiledMethodCount() - jitMethods} methods, "
            + $"{(JitInfo.GetCompiledILBytes() - jitBytes) / 1024} KB of IL, in {(JitInfo.GetCompilationTime() - jitTime).TotalSeconds:F2} s");
        Console.WriteLine($"first run (cold analyzer code): LawfulBasis analyzers {Show(cold)}; execution time s: "
            + string.Join(", ", run._analyzers.Select(a => $"{a.GetType().Name} {coldCompilation.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalSeconds:F2}")));
        for (var round = 0; round < rounds; round++)
        {
            var start = Measure();
            Analyze([new EmptyOperationAnalyzer()]);
            empty.Add(Since(start));

            start = Measure();
            var jitBefore = JitInfo.GetCompiledMethodCount();
            var (compilation, found) = Analyze(run._analyzers);
            lawfulBasis.Add(Since(start));
            var jitted = JitInfo.GetCompiledMethodCount() - jitBefore;
            foreach (var analyzer in run._analyzers)
            {
                times[analyzer].Add(compilation.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalSeconds);
            }

            start = Measure();
            run.NewCompilation(concurrent: false).Emit(Stream.Null);
            compile.Add(Since(start));

            var byRule = string.Join(", ", found.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            Console.WriteLine($"round {round + 1}: CPU s / MB allocated: empty analyzer {Show(empty[round])}, LawfulBasis analyzers {Show(lawfulBasis[round])}, "
                + $"compile + emit {Show(compile[round])}; {jitted} methods JIT-compiled running the analyzers; {found.Length} diagnostics ({byRule}); execution time s: "
                + string.Join(", ", run._analyzers.Select(a => $"{a.GetType().Name} {times[a][round]:F2}")));
        }

        var addedCpu = Median(lawfulBasis.Zip(empty, (l, e) => l.Cpu - e.Cpu));
        var addedMegabytes = Median(lawfulBasis.Zip(empty, (l, e) => l.Megabytes - e.Megabytes));
        Console.WriteLine($"median: empty analyzer {Median(empty.Select(e => e.Cpu)):F2} s CPU, LawfulBasis analyzers {Median(lawfulBasis.Select(l => l.Cpu)):F2} s CPU; "
            + $"their own work above the empty one: {addedCpu:F2} s CPU ({addedCpu / Median(compile.Select(c => c.Cpu)):P1} of compile + emit), {addedMegabytes:F0} MB allocated");
        Console.WriteLine("median execution time per analyzer (ReportAnalyzer's measure, wall-clock):");
        foreach (var analyzer in run._analyzers)
        {
            Console.WriteLine($"  {analyzer.GetType().Name,-34} {Median(times[analyzer]),6:F3} s");
        }

        Console.WriteLine($"  {"all LawfulBasis analyzers",-34} {Median(Enumerable.Range(0, rounds).Select(r => run._analyzers.Sum(a => times[a][r]))),6:F3} s");

        (CompilationWithAnalyzers Compilation, ImmutableArray<Diagnostic> Found) Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            var compilation = run.NewCompilation(concurrent: false).WithAnalyzers(analyzers, options);
            return (compilation, compilation.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
        }

        static (double Cpu, long Bytes) Measure() =>
            (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true));

        static (double Cpu, double Megabytes) Since((double Cpu, long Bytes) start)
        {
            var now = Measure();
            return (now.Cpu - start.Cpu, (now.Bytes - start.Bytes) / 1e6);
        }

        static string Show((double Cpu, double Megabytes) value) => $"{value.Cpu:F2} s / {value.Megabytes:F0} MB";

        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted[sorted.Length / 2];
        }
    }

    /// <summary>The concrete analyzers of the LawfulBasis analyzer assembly, found by their attribute.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> AllLawfulBasisAnalyzers() =>
    [
        .. typeof(PersonalDataProcessingAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];

    private CSharpCompilation NewCompilation(bool concurrent = true) =>
        CSharpCompilation.Create(
            "Generated",
            _trees,
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: concurrent));
}
