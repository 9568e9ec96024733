using BenchmarkDotNet.Attributes;
using LawfulBasis.Processing;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// What a caller pays for an allowed decision and its record: deciding, stamping the time and enqueuing, while the
/// writer drains the queue on the other core. Target: median under 1 µs and nothing allocated beyond the caller's own
/// arguments. The run is a fixed 3.6 million calls and the queue holds 4 million, so the writer's back-pressure (its
/// throughput, measured by <see cref="TrailThroughputBenchmarks"/>) does not enter this measurement.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15, invocationCount: 200_000)]
public class GateBenchmarks
{
    private BenchmarkRuntime _runtime = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = new BenchmarkRuntime(queueCapacity: 1 << 22);
        foreach (var subject in BenchmarkRuntime.Subjects)
        {
            _runtime.Gate.TryBegin<Ordering>(subject, ProcessingOperation.Read, out _); // every subject's key exists
        }

        _runtime.Trail.FlushAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _runtime.Dispose();

    [Benchmark(Description = "gate: allowed decision + record (caller side)")]
    public bool AllowedDecision()
    {
        var subjects = BenchmarkRuntime.Subjects;
        var subject = subjects[_next++ % subjects.Length];
        return _runtime.Gate.TryBegin<Ordering>(subject, ProcessingOperation.Read, out _);
    }
}
