using BenchmarkDotNet.Attributes;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// Sustained append throughput from four application instances writing at once: four file trails (one per instance,
/// the baseline) against four writers sharing one PostgreSQL trail. Each operation stores 4 × <see cref="EventsPerWriter"/>
/// events; events/s = 4 × EventsPerWriter / mean. Needs LAWFULBASIS_POSTGRES.
/// </summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 6, invocationCount: 1)]
public class MultiInstanceBenchmarks
{
    public const int Writers = 4;
    public const int EventsPerWriter = 50_000;

    private TrailWriters? _writers;

    [IterationSetup(Target = nameof(FourFileTrails))]
    public void StartFiles() => _writers = TrailWriters.OnFiles(Writers);

    [IterationSetup(Target = nameof(FourWritersOnPostgreSql))]
    public void StartPostgreSql() => _writers = TrailWriters.OnPostgreSql(Writers);

    [IterationCleanup]
    public void Stop() => _writers!.Dispose();

    [Benchmark(Baseline = true, Description = "4 instances, one file trail each, 4 x 50k events")]
    public void FourFileTrails() => _writers!.WriteConcurrently(EventsPerWriter);

    [Benchmark(Description = "4 instances, one PostgreSQL trail, 4 x 50k events")]
    public void FourWritersOnPostgreSql() => _writers!.WriteConcurrently(EventsPerWriter);
}
