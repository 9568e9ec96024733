using LawfulBasis.Audit;
using LawfulBasis.Processing;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.Benchmarks;

[Purpose("Take and ship orders", LegalBasis.Contract, Retention = "P3Y", Categories = [typeof(ContactDataAttribute), typeof(AddressDataAttribute)])]
public sealed class Ordering;

/// <summary>A LawfulBasis runtime over a temporary folder, for benchmarks.</summary>
public sealed class BenchmarkRuntime : IDisposable
{
    private readonly ServiceProvider _services;

    public BenchmarkRuntime(int? queueCapacity = null, string? postgreSqlSchema = null, bool signCheckpoints = false)
    {
        Folder = Directory.CreateTempSubdirectory("lawfulbasis-bench-").FullName;
        var services = new ServiceCollection();
        if (postgreSqlSchema is not null)
        {
            services.AddLawfulBasisPostgreSql(PostgreSqlServer.ConnectionString, o => o.Schema = postgreSqlSchema);
        }

        services.AddLawfulBasis(options =>
        {
            options.AddAssemblyOf<Ordering>();
            options.TrailPath = Path.Combine(Folder, "audit", "trail.jsonl");
            options.KeyStorePath = Path.Combine(Folder, "keys");
            options.RegisterPath = Path.Combine(Folder, "registers");
            options.QueueCapacity = queueCapacity ?? options.QueueCapacity; // the library default unless a profile compares sizes
            if (signCheckpoints)
            {
                // The defaults (every 100,000 entries or minute); the witness beside the folder, as a real one would be elsewhere.
                options.SignCheckpoints = true;
                options.CheckpointWitnessPath = Folder + ".witness.json";
            }
        });
        _services = services.BuildServiceProvider();
        Gate = _services.GetRequiredService<IProcessingGate>();
        Trail = _services.GetRequiredService<IAuditTrail>();
    }

    public string Folder { get; }

    /// <summary>The container, for profiles that time one part of the runtime alone.</summary>
    public IServiceProvider Services => _services;

    public IProcessingGate Gate { get; }
    public IAuditTrail Trail { get; }

    /// <summary>Subject ids chosen once, so the benchmark measures processing, not string building.</summary>
    public static string[] Subjects { get; } = [.. Enumerable.Range(0, 10_000).Select(i => $"customer-{i:D6}@example.com")];

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(Folder, recursive: true);
        File.Delete(Folder + ".witness.json");
    }
}
