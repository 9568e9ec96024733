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

    [IterationSetup(Target = nameof(LawfulBasisTrailSigned))]
    public void StartSignedTrail() => _runtime = new BenchmarkRuntime(signCheckpoints: true);

    [IterationCleanup(Target = nameof(LawfulBasisTrailSigned))]
    public void StopSignedTrail() => _runtime!.Dispose();

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

    /// <summary>One timed run of each side, for finding where the time goes (not a benchmark).</summary>
    public static void Profile()
    {
        var run = new TrailThroughputBenchmarks();
        for (var round = 0; round < 3; round++)
        {
            run.StartTrail();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var totalBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gcs = GC.CollectionCount(0);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var gate = run._runtime!.Gate;
            var subjects = BenchmarkRuntime.Subjects;
            for (var i = 0; i < Events; i++)
            {
                gate.TryBegin<Ordering>(subjects[i % subjects.Length], ProcessingOperation.Read, out _);
            }

            var enqueued = clock.Elapsed;
            run._runtime.Trail.FlushAsync().GetAwaiter().GetResult();
            Console.WriteLine($"trail:   {Events / clock.Elapsed.TotalSeconds,10:N0} events/s (callers done after {enqueued.TotalMilliseconds:N0} ms, {enqueued.TotalMilliseconds * 1e3 / Events:N2} µs each; "
                + $"caller allocated {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)Events:N1} B/event, all threads {(GC.GetTotalAllocatedBytes(precise: true) - totalBefore) / (double)Events:N1} B/event, {GC.CollectionCount(0) - gcs} gen0 GCs)");
            run.StopTrail();
            run.StartSerilog();
            clock.Restart();
            run.SerilogAsyncFile();
            Console.WriteLine($"serilog: {Events / clock.Elapsed.TotalSeconds,10:N0} events/s");
            run.StopSerilog();
        }
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

    /// <summary>The same with signed checkpoints (the default interval) published to a witness: what the trust features cost.</summary>
    [Benchmark(Description = "LawfulBasis trail, 200k decisions, chained + pseudonymised + signed checkpoints")]
    public void LawfulBasisTrailSigned() => LawfulBasisTrail();
}
