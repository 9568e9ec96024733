using BenchmarkDotNet.Attributes;
using LawfulBasis.Audit;
using LawfulBasis.Processing;

namespace LawfulBasis.Benchmarks;

/// <summary>Verification speed over a trail of about 100 MB. Target: at least 100 MB/s (MB/s = size / mean, printed at setup).</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 8)]
public class VerificationBenchmarks
{
    private BenchmarkRuntime _runtime = null!;
    private string _trail = "";

    [GlobalSetup]
    public void Setup()
    {
        _runtime = new BenchmarkRuntime();
        var subjects = BenchmarkRuntime.Subjects;
        for (var i = 0; i < 250_000; i++)
        {
            _runtime.Gate.TryBegin<Ordering>(subjects[i % subjects.Length], ProcessingOperation.Read, out _);
        }

        _runtime.Trail.FlushAsync().GetAwaiter().GetResult();
        _trail = _runtime.Trail.Path;
        Console.WriteLine($"// Trail size: {new FileInfo(_trail).Length / 1e6:F1} MB");
    }

    [GlobalCleanup]
    public void Cleanup() => _runtime.Dispose();

    [Benchmark(Description = "verify a 250,000-entry trail")]
    public long Verify()
    {
        var result = AuditTrailVerifier.Verify(_trail);
        return result.IsIntact ? result.EntriesVerified : throw new InvalidOperationException(result.Message);
    }
}
