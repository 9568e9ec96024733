using LawfulBasis.Audit;
using LawfulBasis.PostgreSql;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LawfulBasis;

/// <summary>Puts LawfulBasis's storage in PostgreSQL, for applications that run several instances.</summary>
public static class PostgreSqlServiceCollectionExtensions
{
    /// <summary>
    /// Keeps the audit trail, the pseudonym keys, the consent, objection and restriction registers, the request ledger
    /// and the erasure register in PostgreSQL instead of files; call it with <c>AddLawfulBasis</c>, before or after. The
    /// schema is created or upgraded on first use. <c>TrailPath</c>, <c>KeyStorePath</c> and <c>RegisterPath</c> are then
    /// not needed.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">The Npgsql connection string of the database every instance shares.</param>
    /// <param name="configure">Optional: schemas and the write retry timeout.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddLawfulBasisPostgreSql(this IServiceCollection services, string connectionString, Action<PostgreSqlOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        services.AddOptions<PostgreSqlOptions>().Configure(o =>
        {
            o.ConnectionString = connectionString;
            configure?.Invoke(o);
        });
        services.PostConfigure<LawfulBasisOptions>(o => o.ExternalStorage = "PostgreSQL");
        services.TryAddSingleton(sp => new LawfulBasisDatabase(sp.GetRequiredService<IOptions<PostgreSqlOptions>>().Value));

        // Replace whatever AddLawfulBasis registered (if it ran first), and win over its defaults (if it runs later).
        Replace<IPseudonymKeyStore>(services, sp => new PostgreSqlKeyStore(sp.GetRequiredService<LawfulBasisDatabase>(), Logger(sp)));
        Replace<ITrailSink>(services, sp => new PostgreSqlTrailSink(sp.GetRequiredService<LawfulBasisDatabase>(), Logger(sp)));
        Replace<IRecordStore<ConsentRecord>>(services, sp => new PostgreSqlRecordStore<ConsentRecord>(sp.GetRequiredService<LawfulBasisDatabase>(), Logger(sp)));
        Replace<IRecordStore<ObjectionRecord>>(services, sp => new PostgreSqlRecordStore<ObjectionRecord>(sp.GetRequiredService<LawfulBasisDatabase>(), Logger(sp)));
        Replace<IRecordStore<RestrictionRecord>>(services, sp => new PostgreSqlRecordStore<RestrictionRecord>(sp.GetRequiredService<LawfulBasisDatabase>(), Logger(sp)));
        Replace<IRecordStore<LegalHoldRecord>>(services, sp => new PostgreSqlRecordStore<LegalHoldRecord>(sp.GetRequiredService<LawfulBasisDatabase>(), Logger(sp)));
        Replace<IRecordStore<SubjectRequest>>(services, sp => new PostgreSqlRecordStore<SubjectRequest>(sp.GetRequiredService<LawfulBasisDatabase>(), Logger(sp)));
        Replace<IRecordStore<ErasureRecord>>(services, sp => new PostgreSqlRecordStore<ErasureRecord>(sp.GetRequiredService<LawfulBasisDatabase>(), Logger(sp)));
        return services;
    }

    private static ILogger Logger(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger<AuditTrail>() ?? NullLogger<AuditTrail>.Instance;

    private static void Replace<T>(IServiceCollection services, Func<IServiceProvider, T> factory)
        where T : class
    {
        services.RemoveAll<T>();
        services.AddSingleton(factory);
    }
}
