using LawfulBasis.Audit;
using LawfulBasis.PostgreSql;
using LawfulBasis.Processing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// Audit trails as several application instances hold them: each with its own writer thread, on its own file or on
/// one shared PostgreSQL schema. Events go straight to the trail (no gate, no register lookups), so the figure is the
/// trail's own append rate.
/// </summary>
internal sealed class TrailWriters : IDisposable
{
    private static readonly AuditedPurpose Purpose = new PurposeIndex(ProcessingCatalog.FromAssemblies(typeof(Ordering).Assembly)).Require(typeof(Ordering));
    private readonly List<IDisposable> _owned = [];

    private TrailWriters()
    {
    }

    public IReadOnlyList<AuditTrail> Trails { get; private set; } = [];

    public string? Schema { get; private init; }

    public string? Folder { get; private init; }

    public static TrailWriters OnFiles(int count)
    {
        var folder = Directory.CreateTempSubdirectory("lawfulbasis-writers-").FullName;
        var writers = new TrailWriters { Folder = folder };
        writers.Trails = [.. Enumerable.Range(0, count).Select(i =>
        {
            var keys = new FileKeyStore(Path.Combine(folder, $"keys-{i}"));
            writers._owned.Add(keys);
            return new AuditTrail(Path.Combine(folder, $"trail-{i}.jsonl"), TrailFlushMode.Batched, 1 << 16, 4096, keys, TimeProvider.System, NullLogger<AuditTrail>.Instance);
        })];
        return writers;
    }

    public static TrailWriters OnPostgreSql(int count, string? schema = null)
    {
        schema ??= PostgreSqlServer.NewSchema();
        var writers = new TrailWriters { Schema = schema };
        writers.Trails = [.. Enumerable.Range(0, count).Select(_ =>
        {
            var database = new LawfulBasisDatabase(new PostgreSqlOptions { ConnectionString = PostgreSqlServer.ConnectionString, Schema = schema });
            var keys = new PostgreSqlKeyStore(database, NullLogger.Instance);
            writers._owned.Add(keys);
            writers._owned.Add(database);
            return new AuditTrail(new PostgreSqlTrailSink(database, NullLogger.Instance), TrailFlushMode.Batched, 1 << 16, 4096, keys, TimeProvider.System, NullLogger<AuditTrail>.Instance);
        })];
        return writers;
    }

    /// <summary>Every writer records <paramref name="events"/> decisions at once, then waits until all are stored.</summary>
    public void WriteConcurrently(int events)
    {
        Parallel.ForEach(Trails, new ParallelOptions { MaxDegreeOfParallelism = Trails.Count }, trail =>
        {
            var subjects = BenchmarkRuntime.Subjects;
            for (var i = 0; i < events; i++)
            {
                trail.Record(Decision(subjects[i % subjects.Length]));
            }

            trail.FlushAsync().GetAwaiter().GetResult();
        });
    }

    public static AuditRecord Decision(string subject) =>
        new(DateTimeOffset.UtcNow, AuditEventKind.Decision, Purpose, ProcessingOperation.Read, DenialReason.None,
            "Contract purpose `Ordering`", "Art. 6(1)(b)", "system", "WriteConcurrently", "TrailWriters.cs", 1, default, subject);

    public void Dispose()
    {
        foreach (var trail in Trails)
        {
            trail.Dispose();
        }

        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }

        if (Folder is not null)
        {
            Directory.Delete(Folder, recursive: true);
        }

        if (Schema is not null)
        {
            PostgreSqlServer.Drop(Schema);
        }
    }
}
