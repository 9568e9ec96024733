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

    /// <summary>The trail's queue capacity; null for the library's default (the profile compares sizes with it).</summary>
    public int? QueueCapacity { get; init; }
    private string _serilogFolder = "";
    private ILogger? _serilog;

    [IterationSetup(Target = nameof(LawfulBasisTrail))]
    public void StartTrail()
    {
        _runtime = new BenchmarkRuntime(QueueCapacity);
        SettleAfterSetup();
    }

    [IterationCleanup(Target = nameof(LawfulBasisTrail))]
    public void StopTrail() => _runtime!.Dispose();

    [IterationSetup(Target = nameof(LawfulBasisTrailSigned))]
    public void StartSignedTrail()
    {
        _runtime = new BenchmarkRuntime(QueueCapacity, signCheckpoints: true);
        SettleAfterSetup();
    }

    [IterationCleanup(Target = nameof(LawfulBasisTrailSigned))]
    public void StopSignedTrail() => _runtime!.Dispose();

    [IterationSetup(Target = nameof(SerilogAsyncFile))]
    public void StartSerilog()
    {
        _serilogFolder = Directory.CreateTempSubdirectory("lawfulbasis-serilog-").FullName;
        _serilog = new LoggerConfiguration()
            .WriteTo.Async(a => a.File(new CompactJsonFormatter(), Path.Combine(_serilogFolder, "log.jsonl"), buffered: true), bufferSize: 1 << 16, blockWhenFull: true)
            .CreateLogger();
        SettleAfterSetup();
    }

    /// <summary>
    /// Lets the runtime's tiering compiler finish with what the setup ran before the clock starts. Each iteration builds a
    /// new container (or logger), and the methods it called are recompiled in the background about 100 ms later: measured
    /// at 300–500 methods and 0.3–0.5 s of a core per round for the trail's setup, which would otherwise be charged to the
    /// events (a real application builds its container once).
    /// </summary>
    private static void SettleAfterSetup() => Thread.Sleep(300);

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

    /// <summary>
    /// Timed runs of each side — the trail, the trail with signed checkpoints, Serilog — side by side, for finding where
    /// the time goes (not a benchmark). Besides the wall-clock rate it prints the process's CPU time per event (every
    /// thread: callers, writer, GC), which a loaded machine disturbs far less than the wall clock, and the medians over
    /// the rounds.
    /// </summary>
    public static void Profile(int rounds = 5, int? queueCapacity = null)
    {
        var run = new TrailThroughputBenchmarks { QueueCapacity = queueCapacity };
        Console.WriteLine($"trail queue capacity: {(queueCapacity is { } capacity ? capacity.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "the default")}");
        var process = System.Diagnostics.Process.GetCurrentProcess();
        List<double> trailRates = [], serilogRates = [], trailCpu = [], serilogCpu = [], signedRates = [], signedCpu = [];

        // One timed run: its events per second (wall clock) and the process's CPU time per event (every thread).
        void Timed(Action body, List<double> rates, List<double> cpuPerEvent)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            body();
            var elapsed = clock.Elapsed;
            process.Refresh();
            cpuPerEvent.Add((process.TotalProcessorTime - cpu).TotalMicroseconds / Events);
            rates.Add(Events / elapsed.TotalSeconds);
        }

        // Three untimed rounds of each first: the first runs compile both sides, and the setup of every round (a new
        // container, a new logger) keeps the tiering compiler busy for a few rounds more, on either side's clock.
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            run.StartTrail();
            run.LawfulBasisTrail();
            run.StopTrail();
            run.StartSerilog();
            run.SerilogAsyncFile();
            run.StopSerilog();
        }
        for (var round = 0; round < rounds; round++)
        {
            run.StartTrail();
            var writer = (LawfulBasis.Audit.AuditTrail)run._runtime!.Trail;
            var (batchesBefore, entriesBefore) = (writer.BatchesWritten, writer.EntriesWritten);
            var threadsBefore = ThreadTimes();
            var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var totalBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gcs = GC.CollectionCount(0);
            Timed(run.LawfulBasisTrail, trailRates, trailCpu);
            Console.WriteLine($"trail:   {trailRates[^1],10:N0} events/s, {trailCpu[^1]:N2} CPU µs/event (caller allocated {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)Events:N1} B/event, "
                + $"all threads {(GC.GetTotalAllocatedBytes(precise: true) - totalBefore) / (double)Events:N1} B/event, {GC.CollectionCount(0) - gcs} gen0 GCs)");
            var threadsAfter = ThreadTimes();
            Console.WriteLine($"  {writer.BatchesWritten - batchesBefore} batches, {(writer.EntriesWritten - entriesBefore) / (double)Math.Max(1, writer.BatchesWritten - batchesBefore):N0} messages each; JIT {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods, {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:N0} ms; CPU ms by thread: " + string.Join(", ", threadsAfter
                .Select(t => (t.Key, Ms: (t.Value - threadsBefore.GetValueOrDefault(t.Key)) * 10))
                .Where(t => t.Ms > 0).OrderByDescending(t => t.Ms).Select(t => $"{t.Key}: {t.Ms}")));
            run.StopTrail();

            run.StartSignedTrail();
            Timed(run.LawfulBasisTrailSigned, signedRates, signedCpu);
            Console.WriteLine($"signed:  {signedRates[^1],10:N0} events/s, {signedCpu[^1]:N2} CPU µs/event (checkpoints every 100,000 entries, to a witness)");
            run.StopSignedTrail();

            run.StartSerilog();
            Timed(run.SerilogAsyncFile, serilogRates, serilogCpu);
            Console.WriteLine($"serilog: {serilogRates[^1],10:N0} events/s, {serilogCpu[^1]:N2} CPU µs/event");
            run.StopSerilog();
        }

        var (trailRate, serilogRate) = (Median(trailRates), Median(serilogRates));
        var (trailTime, serilogTime) = (Median(trailCpu), Median(serilogCpu));
        Console.WriteLine($"medians of {rounds}: trail {trailRate:N0} events/s, Serilog {serilogRate:N0} events/s: {trailRate / serilogRate:N2}x; "
            + $"CPU per event: trail {trailTime:N2} µs, Serilog {serilogTime:N2} µs: Serilog spends {serilogTime / trailTime:N2}x the trail's");
        Console.WriteLine($"signed checkpoints: {Median(signedRates):N0} events/s ({Median(signedRates) / serilogRate:N2}x Serilog, {Median(signedRates) / trailRate:N2}x unsigned), "
            + $"{Median(signedCpu):N2} CPU µs/event ({Median(signedCpu) / trailTime:N2}x unsigned)");
    }

    /// <summary>CPU ticks (10 ms) of each of this process's threads, by thread name and id (Linux only; empty elsewhere).</summary>
    private static Dictionary<string, long> ThreadTimes()
    {
        var times = new Dictionary<string, long>();
        if (!Directory.Exists("/proc/self/task"))
        {
            return times;
        }

        foreach (var task in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var close = stat.LastIndexOf(')');
                var name = stat[(stat.IndexOf('(') + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                times[$"{name}#{Path.GetFileName(task)}"] = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // the thread ended
            }
        }

        return times;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
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
