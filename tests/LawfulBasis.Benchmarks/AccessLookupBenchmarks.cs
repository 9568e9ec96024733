using BenchmarkDotNet.Attributes;
using LawfulBasis.Audit;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// An access request's history lookup in a trail of 1,000,000 entries (100,000 other subjects) plus the requester's
/// 10: the file trail scans every line (baseline), PostgreSQL goes through the pseudonym index. Needs LAWFULBASIS_POSTGRES.
/// </summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class AccessLookupBenchmarks
{
    public const int Entries = 1_000_000;
    private const string Subject = "requester@example.com";

    private TrailWriters? _file;
    private TrailWriters? _database;

    [GlobalSetup]
    public void Fill()
    {
        _file = TrailWriters.OnFiles(1);
        var fileTrail = _file.Trails[0];
        for (var i = 0; i < Entries; i++)
        {
            fileTrail.Record(TrailWriters.Decision($"customer-{i % 100_000}"));
        }

        _database = TrailWriters.OnPostgreSql(1);
        PostgreSqlServer.Execute($"""
            INSERT INTO {_database.Schema}.trail_writers (writer, host, process_id) VALUES ('00000000-0000-0000-0000-000000000001', 'bulk', 0);
            INSERT INTO {_database.Schema}.trail (writer, seq, subject, entry)
                SELECT '00000000-0000-0000-0000-000000000001', g, md5((g % 100000)::text), 'bulk entry, 300 bytes like a real one ' || repeat('x', 260) FROM generate_series(1, {Entries}) g;
            ANALYZE {_database.Schema}.trail;
            """);
        foreach (var trail in new[] { fileTrail, _database.Trails[0] })
        {
            for (var i = 0; i < 10; i++)
            {
                trail.Record(TrailWriters.Decision(Subject));
            }

            trail.FlushAsync().GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Clean()
    {
        _file!.Dispose();
        _database!.Dispose();
    }

    [Benchmark(Baseline = true, Description = "file trail: scan 1M lines for one subject")]
    public int FileTrailScan() => _file!.Trails[0].HistoryAsync(Subject).GetAwaiter().GetResult().Count;

    [Benchmark(Description = "PostgreSQL trail: pseudonym index among 1M rows")]
    public int PostgreSqlIndex() => _database!.Trails[0].HistoryAsync(Subject).GetAwaiter().GetResult().Count;
}
