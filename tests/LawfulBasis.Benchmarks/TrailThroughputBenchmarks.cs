using BenchmarkDotNet.Attributes;
using LawfulBasis.Processing;
using Serilog;
using Serilog.Formatting.Compact;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// Sustained trail throughput — decide, pseudonymise, serialise canonically, chain with SHA-256 and write in batches,
/// until every event is on disk — against Serilog's async file sink writing an equivalent structured event with no
/// chain and no pseudonym (blocking when full, so it drops nothing either). Target: at least 200,000 events/s and
/// at least Serilog's rate. Each operation writes <see cref="Events"/> events; events/s = Events / mean.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
public class TrailThroughputBenchmarks
{
    public const int Events = 200_000;

    private BenchmarkRuntime? _runtime;
    private string _serilogFolder = "";
    private ILogger? _serilog;

    [IterationSetup(Target = nameof(LawfulBasisTrail))]
    public void StartTrail() => _runtime = new BenchmarkRuntime();

    [IterationCleanup(Target = nameof(LawfulBasisTrail))]
    public void StopTrail() => _runtime!.Dispose();

    [IterationSetup(Target = nameof(SerilogAsyncFile))]
    public void StartSerilog()
    {
        _serilogFolder = Directory.CreateTempSubdirectory("lawfulbasis-serilog-").FullName;
        _serilog = new LoggerConfiguration()
            .WriteTo.Async(a => a.File(new CompactJsonFormatter(), Path.Combine(_serilogFolder, "log.jsonl"), buffered: true), bufferSize: 1 << 16, blockWhenFull: true)
            .CreateLogger();
    }

    [IterationCleanup(Target = nameof(SerilogAsyncFile))]
    public void StopSerilog() => Directory.Delete(_serilogFolder, recursive: true);

    [Benchmark(Baseline = true, Description = "Serilog async file sink, 200k structured events")]
    public void SerilogAsyncFile()
    {
        var logger = _serilog!;
        var subjects = BenchmarkRuntime.Subjects;
        for (var i = 0; i < Events; i++)
        {
            logger.Information(
                "{Event} {Purpose} {Basis} {Operation} {Decision} {Reason} {Article} {Actor} {Member} {File} {Line} {Subject}",
                "Decision", "Benchmarks.Ordering", "Contract", "Read", "allowed", "None", "Art. 6(1)(b)", "system",
                nameof(SerilogAsyncFile), "TrailThroughputBenchmarks.cs", 42, subjects[i % subjects.Length]);
        }

        ((IDisposable)logger).Dispose(); // drains the queue and flushes the file
    }

    [Benchmark(Description = "LawfulBasis trail, 200k decisions, chained + pseudonymised")]
    public void LawfulBasisTrail()
    {
        var gate = _runtime!.Gate;
        var subjects = BenchmarkRuntime.Subjects;
        for (var i = 0; i < Events; i++)
        {
            gate.TryBegin<Ordering>(subjects[i % subjects.Length], ProcessingOperation.Read, out _);
        }

        _runtime.Trail.FlushAsync().GetAwaiter().GetResult();
    }
}
