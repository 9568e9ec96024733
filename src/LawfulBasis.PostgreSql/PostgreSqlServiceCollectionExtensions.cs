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
        // The registers name subjects by the register key the key store derives from its secret; the request ledger keeps
        // raw ids while a request is open and pseudonymises it itself after its readable period.
        Replace<IRecordStore<ConsentRecord>>(services, sp => Keyed<ConsentRecord>(sp, (r, s) => r with { SubjectId = s }));
        Replace<IRecordStore<ObjectionRecord>>(services, sp => Keyed<ObjectionRecord>(sp, (r, s) => r with { SubjectId = s }));
        Replace<IRecordStore<RestrictionRecord>>(services, sp => Keyed<RestrictionRecord>(sp, (r, s) => r with { SubjectId = s }));
        Replace<IRecordStore<LegalHoldRecord>>(services, sp => Keyed<LegalHoldRecord>(sp, (r, s) => r with { SubjectId = s }));
        Replace<IRecordStore<SubjectRequest>>(services, sp => new PostgreSqlRecordStore<SubjectRequest>(sp.GetRequiredService<LawfulBasisDatabase>(), Logger(sp)));
        Replace<IRecordStore<ErasureRecord>>(services, sp => Keyed<ErasureRecord>(sp, (r, s) => r with { SubjectId = s }));
        return services;
    }

    private static PostgreSqlRecordStore<T> Keyed<T>(IServiceProvider services, Func<T, string, T> withSubject)
        where T : class, ISubjectRecord =>
        services.GetRequiredService<IPseudonymKeyStore>() is IRegisterKeySource keys
            ? new PostgreSqlRecordStore<T>(services.GetRequiredService<LawfulBasisDatabase>(), Logger(services), keys.RegisterKey, withSubject)
            : throw new InvalidOperationException(
                $"The PostgreSQL {typeof(T).Name} register names subjects by a key the PostgreSQL key store keeps, but another IPseudonymKeyStore is registered. Keep the PostgreSQL key store, or register your own IRecordStore<{typeof(T).Name}> too.");

    private static ILogger Logger(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger<AuditTrail>() ?? NullLogger<AuditTrail>.Instance;

    private static void Replace<T>(IServiceCollection services, Func<IServiceProvider, T> factory)
        where T : class
    {
        services.RemoveAll<T>();
        services.AddSingleton(factory);
    }
}
