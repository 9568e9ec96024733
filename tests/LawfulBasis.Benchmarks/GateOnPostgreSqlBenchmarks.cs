using BenchmarkDotNet.Attributes;
using LawfulBasis.Processing;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// What sharing the registers costs the gate: 1,000 allowed decisions (each asks the erasure and restriction
/// registers) with the registers in memory over files (baseline) and in PostgreSQL, where every instance sees every
/// record at once. Latency per decision = mean / 1,000. Needs LAWFULBASIS_POSTGRES.
/// </summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class GateOnPostgreSqlBenchmarks
{
    public const int Decisions = 1_000;
    private BenchmarkRuntime? _files;
    private BenchmarkRuntime? _database;
    private string _schema = "";

    [GlobalSetup]
    public void Start()
    {
        _files = new BenchmarkRuntime();
        _schema = PostgreSqlServer.NewSchema();
        _database = new BenchmarkRuntime(postgreSqlSchema: _schema);
    }

    [GlobalCleanup]
    public void Stop()
    {
        _files!.Dispose();
        _database!.Dispose();
        PostgreSqlServer.Drop(_schema);
    }

    [Benchmark(Baseline = true, Description = "gate, registers over files, 1,000 decisions")]
    public void RegistersOnFiles() => Decide(_files!);

    [Benchmark(Description = "gate, registers in PostgreSQL, 1,000 decisions")]
    public void RegistersOnPostgreSql() => Decide(_database!);

    private static void Decide(BenchmarkRuntime runtime)
    {
        var subjects = BenchmarkRuntime.Subjects;
        for (var i = 0; i < Decisions; i++)
        {
            runtime.Gate.TryBegin<Ordering>(subjects[i % subjects.Length], ProcessingOperation.Read, out _);
        }
    }
}
