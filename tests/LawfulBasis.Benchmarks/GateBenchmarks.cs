using BenchmarkDotNet.Attributes;
using LawfulBasis.Processing;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// What a caller pays for an allowed decision and its record: deciding, stamping the time and enqueuing. Target:
/// median under 1 µs and nothing allocated beyond the caller's own arguments. The queue is sized so the writer's
/// back-pressure does not enter the measurement; it drains between iterations.
/// </summary>
[MemoryDiagnoser]
public class GateBenchmarks
{
    private BenchmarkRuntime _runtime = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = new BenchmarkRuntime(queueCapacity: 1 << 23);
        foreach (var subject in BenchmarkRuntime.Subjects)
        {
            _runtime.Gate.TryBegin<Ordering>(subject, ProcessingOperation.Read, out _); // every subject's key exists
        }

        _runtime.Trail.FlushAsync().GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void Drain() => _runtime.Trail.FlushAsync().GetAwaiter().GetResult();

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
