using LawfulBasis.Audit;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LawfulBasis;

/// <summary>Registers LawfulBasis in a service collection.</summary>
public static class LawfulBasisServiceCollectionExtensions
{
    /// <summary>
    /// Registers the catalog (from the assemblies named), the processing gate, the consent ledger, the objection and
    /// restriction registers, the pseudonym key store and the audit trail. The options are validated when the host
    /// starts: an invalid catalog, a missing key store or an unwritable trail stops it with a clear message.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options: assemblies, trail, key store and register paths.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>
    /// Stores registered before this call replace the embedded defaults: <see cref="IPseudonymKeyStore"/> and
    /// <see cref="IRecordStore{TRecord}"/> of <see cref="ConsentRecord"/>, <see cref="ObjectionRecord"/>,
    /// <see cref="RestrictionRecord"/> and <see cref="LegalHoldRecord"/>.
    /// </remarks>
    public static IServiceCollection AddLawfulBasis(this IServiceCollection services, Action<LawfulBasisOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<LawfulBasisOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LawfulBasisOptions>, LawfulBasisOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LawfulBasisOptions>, SubjectRightsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(sp =>
        {
            var (catalog, problems) = Options(sp).ReadCatalog();
            return problems.Count == 0 ? catalog : throw new InvalidDeclarationsException(problems);
        });
        services.TryAddSingleton(sp => new PurposeIndex(sp.GetRequiredService<ProcessingCatalog>()));
        services.TryAddSingleton<IPseudonymKeyStore>(sp => new FileKeyStore(Options(sp).KeyStorePath!));
        services.TryAddSingleton<IRecordStore<ConsentRecord>>(sp => Store<ConsentRecord>(sp, "consents.jsonl"));
        services.TryAddSingleton<IRecordStore<ObjectionRecord>>(sp => Store<ObjectionRecord>(sp, "objections.jsonl"));
        services.TryAddSingleton<IRecordStore<RestrictionRecord>>(sp => Store<RestrictionRecord>(sp, "restrictions.jsonl"));
        services.TryAddSingleton<IRecordStore<LegalHoldRecord>>(sp => Store<LegalHoldRecord>(sp, "legal-holds.jsonl"));

        services.TryAddSingleton<ITrailSink>(sp => new FileTrailSink(Options(sp).TrailPath!, sp.GetRequiredService<TimeProvider>(), Logger<AuditTrail>(sp)));
        services.TryAddSingleton(sp =>
        {
            var options = Options(sp);
            return new AuditTrail(sp.GetRequiredService<ITrailSink>(), options.FlushMode, options.QueueCapacity, options.BatchSize,
                sp.GetRequiredService<IPseudonymKeyStore>(), sp.GetRequiredService<TimeProvider>(), Logger<AuditTrail>(sp), Checkpointing(sp, options));
        });
        services.TryAddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AuditTrail>());

        services.TryAddSingleton(sp => new ConsentLedger(sp.GetRequiredService<IRecordStore<ConsentRecord>>(), sp.GetRequiredService<PurposeIndex>(),
            sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IConsentLedger>(sp => sp.GetRequiredService<ConsentLedger>());
        services.TryAddSingleton(sp => new ObjectionRegister(sp.GetRequiredService<IRecordStore<ObjectionRecord>>(), sp.GetRequiredService<PurposeIndex>(),
            sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IObjectionRegister>(sp => sp.GetRequiredService<ObjectionRegister>());
        services.TryAddSingleton(sp => new RestrictionRegister(sp.GetRequiredService<IRecordStore<RestrictionRecord>>(),
            sp.GetRequiredService<PurposeIndex>(), sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IRestrictionRegister>(sp => sp.GetRequiredService<RestrictionRegister>());
        services.TryAddSingleton(sp => new LegalHoldRegister(sp.GetRequiredService<IRecordStore<LegalHoldRecord>>(),
            sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ILegalHoldRegister>(sp => sp.GetRequiredService<LegalHoldRegister>());

        services.TryAddSingleton<IRecordStore<SubjectRequest>>(sp => Store<SubjectRequest>(sp, "requests.jsonl"));
        services.TryAddSingleton<IRecordStore<ErasureRecord>>(sp => Store<ErasureRecord>(sp, "erasures.jsonl"));
        services.TryAddSingleton(sp => new ErasureRegister(sp.GetRequiredService<IRecordStore<ErasureRecord>>()));
        services.TryAddSingleton(sp => new RequestLedger(sp.GetRequiredService<IRecordStore<SubjectRequest>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IRequestLedger>(sp => sp.GetRequiredService<RequestLedger>());
        services.TryAddSingleton<ISubjectRights>(sp => new SubjectRights(
            sp.GetRequiredService<ProcessingCatalog>(), sp.GetServices<ISubjectDataSource>(), sp.GetRequiredService<RequestLedger>(),
            sp.GetRequiredService<AuditTrail>(), sp.GetRequiredService<IRestrictionRegister>(), sp.GetRequiredService<IObjectionRegister>(),
            sp.GetRequiredService<ErasureRegister>(), sp.GetRequiredService<LegalHoldRegister>(), sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton<IProcessingGate>(sp => new ProcessingGate(
            sp.GetRequiredService<PurposeIndex>(), sp.GetRequiredService<ConsentLedger>(), sp.GetRequiredService<ObjectionRegister>(),
            sp.GetRequiredService<RestrictionRegister>(), sp.GetRequiredService<ErasureRegister>(), sp.GetRequiredService<LegalHoldRegister>(),
            sp.GetRequiredService<AuditTrail>(),
            sp.GetRequiredService<TimeProvider>(), Logger<ProcessingGate>(sp), Options(sp).DefaultActor));
        return services;
    }

    /// <summary>
    /// Registers the store that holds one personal-data type's records, so access, portability and erasure requests
    /// reach it. Every <see cref="DataSubjectAttribute"/> type needs one (or an exemption), or the host does not start.
    /// </summary>
    /// <remarks>
    /// When the application registers <typeparamref name="TSource"/> itself (<c>services.AddSingleton&lt;PatientStore&gt;()</c>),
    /// requests reach that same instance, so they see and erase what the application holds; otherwise one instance is
    /// created for requests. Registering the same source twice is refused: two registrations would answer twice.
    /// </remarks>
    /// <typeparam name="TSource">The source.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="InvalidOperationException"><typeparamref name="TSource"/> is already registered as a subject data source.</exception>
    public static IServiceCollection AddSubjectDataSource<TSource>(this IServiceCollection services)
        where TSource : class, ISubjectDataSource
    {
        ArgumentNullException.ThrowIfNull(services);
        var key = typeof(TSource);
        if (services.Any(d => d.ServiceType == typeof(ISubjectDataSource) && (Equals(d.ServiceKey, key) || (!d.IsKeyedService && d.ImplementationType == key))))
        {
            throw new InvalidOperationException(
                $"{key.Name} is registered as a subject data source twice: access requests would copy its records twice and erasure would run twice. Call services.AddSubjectDataSource<{key.Name}>() once.");
        }

        // Keyed by the source's type, so a second registration is recognised; the application's own instance when it has one.
        services.AddKeyedSingleton<ISubjectDataSource>(key, (sp, _) => sp.GetService<TSource>() ?? ActivatorUtilities.CreateInstance<TSource>(sp));
        services.AddSingleton(sp => sp.GetRequiredKeyedService<ISubjectDataSource>(key));
        return services;
    }

    /// <summary>The checkpoint policy when <see cref="LawfulBasisOptions.SignCheckpoints"/> is on: the host's key or the key store's, a registered witness or the witness file.</summary>
    private static TrailCheckpointing? Checkpointing(IServiceProvider services, LawfulBasisOptions options)
    {
        if (!options.SignCheckpoints)
        {
            return null;
        }

        var signer = options.CheckpointSigningKey is { } key ? new CheckpointSigner(key) : CheckpointSigner.LoadOrCreate(options.KeyStorePath!);
        var witness = services.GetService<ITrailWitness>()
            ?? (string.IsNullOrWhiteSpace(options.CheckpointWitnessPath) ? null : new FileTrailWitness(options.CheckpointWitnessPath));
        return new TrailCheckpointing(signer, witness, options.CheckpointEveryEntries, options.CheckpointPeriod);
    }

    private static LawfulBasisOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<LawfulBasisOptions>>().Value;

    private static JsonLinesRecordStore<T> Store<T>(IServiceProvider services, string file)
        where T : class, ISubjectRecord =>
        new(Path.Combine(Options(services).RegisterPath!, file));

    private static ILogger<T> Logger<T>(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger<T>.Instance;
}
