using LawfulBasis.Audit;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using LawfulBasis.Ropa;
using Microsoft.Extensions.Configuration;
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
    /// Registers LawfulBasis with its options read from the <c>"LawfulBasis"</c> section of the application's
    /// <see cref="IConfiguration"/> (appsettings.json, environment variables such as <c>LawfulBasis__TrailPath</c>), when
    /// one is registered, as a host registers it. The options are validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>
    /// The settings read are listed on <see cref="LawfulBasisConfiguration"/>; relative paths are under the host's content
    /// root. Set what configuration cannot hold in code, after this call:
    /// <c>services.Configure&lt;LawfulBasisOptions&gt;(o =&gt; o.AddAssemblyOf&lt;Ordering&gt;())</c>.
    /// </remarks>
    public static IServiceCollection AddLawfulBasis(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IConfigureOptions<LawfulBasisOptions>>(sp => new LawfulBasisConfigurationBinding(sp, section: null));
        return AddLawfulBasisServices(services);
    }

    /// <summary>
    /// Registers LawfulBasis with its options read from <paramref name="section"/>. The options are validated when the
    /// host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section holding the settings, for example <c>configuration.GetSection("LawfulBasis")</c>.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>
    /// The settings read are listed on <see cref="LawfulBasisConfiguration"/>; relative paths are under the host's content
    /// root. Set what configuration cannot hold in code, after this call:
    /// <c>services.Configure&lt;LawfulBasisOptions&gt;(o =&gt; o.AddAssemblyOf&lt;Ordering&gt;())</c>.
    /// </remarks>
    public static IServiceCollection AddLawfulBasis(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddSingleton<IConfigureOptions<LawfulBasisOptions>>(sp => new LawfulBasisConfigurationBinding(sp, section));
        return AddLawfulBasisServices(services);
    }

    /// <summary>
    /// Registers the catalog (from the assemblies named), the processing gate, the consent ledger, the objection and
    /// restriction registers, the pseudonym key store, the audit trail and the <see cref="RecordOfProcessing"/>. The options are validated when the host
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
        services.Configure(configure);
        return AddLawfulBasisServices(services);
    }

    /// <summary>
    /// The services every overload registers: options validated on start, then each part by its type. What the options
    /// decide (file locations, the trail's settings, the default actor) is passed by the few factories below; everything
    /// else is built by the container from its constructor.
    /// </summary>
    private static IServiceCollection AddLawfulBasisServices(IServiceCollection services)
    {
        services.AddOptions<LawfulBasisOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LawfulBasisOptions>, LawfulBasisOptionsAnnotationsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LawfulBasisOptions>, LawfulBasisOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LawfulBasisOptions>, LawfulBasisFileSystemValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LawfulBasisOptions>, SubjectRightsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Built from the options: the catalog, and the embedded storage (which a storage package replaces).
        services.TryAddSingleton(sp =>
        {
            var (catalog, problems) = Options(sp).ReadCatalog();
            return problems.Count == 0 ? catalog : throw new InvalidDeclarationsException(problems);
        });
        services.TryAddSingleton<IPseudonymKeyStore>(sp => new FileKeyStore(Options(sp).KeyStorePath!));
        // Keyed by the register key (Registers/RegisterSubjectKey): the files never hold a raw subject id. The request
        // ledger keeps raw ids while a request is being answered (the rights engine needs them).
        services.TryAddSingleton<IRecordStore<ConsentRecord>>(sp => KeyedRegisterFile<ConsentRecord>(sp, "consents.jsonl", (r, s) => r with { SubjectId = s }));
        services.TryAddSingleton<IRecordStore<ObjectionRecord>>(sp => KeyedRegisterFile<ObjectionRecord>(sp, "objections.jsonl", (r, s) => r with { SubjectId = s }));
        services.TryAddSingleton<IRecordStore<RestrictionRecord>>(sp => KeyedRegisterFile<RestrictionRecord>(sp, "restrictions.jsonl", (r, s) => r with { SubjectId = s }));
        services.TryAddSingleton<IRecordStore<LegalHoldRecord>>(sp => KeyedRegisterFile<LegalHoldRecord>(sp, "legal-holds.jsonl", (r, s) => r with { SubjectId = s }));
        services.TryAddSingleton<IRecordStore<SubjectRequest>>(sp => RegisterFile<SubjectRequest>(sp, "requests.jsonl"));
        // An erasure register written before the registers were keyed trims the records of the subjects it names (by their
        // raw ids, which only it still holds), as PostgreSQL's schema upgrade does.
        services.TryAddSingleton<IRecordStore<ErasureRecord>>(sp => KeyedRegisterFile<ErasureRecord>(sp, "erasures.jsonl", (r, s) => r with { SubjectId = s },
            ErasureRegister.UpgradeFromRawIds(sp.GetRequiredService<RegisterEraser>())));
        services.TryAddSingleton<ITrailSink>(sp =>
        {
            // The embedded key store remembers the file trail it serves, so a trail deleted, emptied or moved behind it is
            // refused at start even without a witness (Audit/TrailAnchor).
            var options = Options(sp);
            var time = sp.GetRequiredService<TimeProvider>();
            var anchor = sp.GetRequiredService<IPseudonymKeyStore>() is FileKeyStore keys
                ? new TrailAnchor(keys.Directory, options.AcceptTrailChange, time, Logger<AuditTrail>(sp))
                : null;
            return new FileTrailSink(options.TrailPath!, time, Logger<AuditTrail>(sp), anchor);
        });
        services.TryAddSingleton(sp =>
        {
            var options = Options(sp);
            return new AuditTrail(sp.GetRequiredService<ITrailSink>(), options.FlushMode, options.QueueCapacity, options.BatchSize,
                sp.GetRequiredService<IPseudonymKeyStore>(), sp.GetRequiredService<TimeProvider>(), Logger<AuditTrail>(sp), sp.GetRequiredService<CheckpointSetup>().Checkpointing);
        });
        services.TryAddSingleton(sp => new CheckpointSetup(Checkpointing(sp, Options(sp))));
        services.TryAddSingleton(sp => new RecordOfProcessing(sp.GetRequiredService<ProcessingCatalog>(), sp.GetRequiredService<CheckpointSetup>().Evidence));

        // By type: the container builds each from the services its constructor names.
        services.TryAddSingleton<PurposeIndex>();
        services.TryAddSingleton<ConsentLedger>();
        services.TryAddSingleton<ObjectionRegister>();
        services.TryAddSingleton<RestrictionRegister>();
        services.TryAddSingleton<LegalHoldRegister>();
        services.TryAddSingleton<ErasureRegister>();
        services.TryAddSingleton<RegisterEraser>();
        services.TryAddSingleton(sp => new RequestPseudonymisation(
            (sp.GetRequiredService<IPseudonymKeyStore>() as IRegisterKeySource)?.RegisterKey, Options(sp).ClosedRequestsReadableFor));
        services.TryAddSingleton<RequestLedger>();
        services.TryAddSingleton<ISubjectRights, SubjectRights>();
        services.TryAddSingleton<IProcessingGate>(sp =>
            ActivatorUtilities.CreateInstance<ProcessingGate>(sp, Logger<ProcessingGate>(sp), Options(sp).DefaultActor));

        // The public interfaces resolve to the same instances the other parts use.
        services.TryAddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AuditTrail>());
        services.TryAddSingleton<IAuditRecorder>(sp => sp.GetRequiredService<AuditTrail>());
        services.TryAddSingleton<IConsentLedger>(sp => sp.GetRequiredService<ConsentLedger>());
        services.TryAddSingleton<IObjectionRegister>(sp => sp.GetRequiredService<ObjectionRegister>());
        services.TryAddSingleton<IRestrictionRegister>(sp => sp.GetRequiredService<RestrictionRegister>());
        services.TryAddSingleton<ILegalHoldRegister>(sp => sp.GetRequiredService<LegalHoldRegister>());
        services.TryAddSingleton<IRequestLedger>(sp => sp.GetRequiredService<RequestLedger>());
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

    /// <summary>The embedded register file of one record type, in <see cref="LawfulBasisOptions.RegisterPath"/>.</summary>
    private static JsonLinesRecordStore<T> RegisterFile<T>(IServiceProvider services, string file)
        where T : class, ISubjectRecord =>
        new(Path.Combine(Options(services).RegisterPath!, file));

    private static JsonLinesRecordStore<T> KeyedRegisterFile<T>(IServiceProvider services, string file, Func<T, string, T> withSubject, KeyingUpgrade<T>? upgrade = null)
        where T : class, ISubjectRecord =>
        services.GetRequiredService<IPseudonymKeyStore>() is FileKeyStore keys
            ? new(Path.Combine(Options(services).RegisterPath!, file), forWriting: true, keys.RegisterKey, withSubject, upgrade)
            : throw new InvalidOperationException(
                $"The file register {file} names subjects by a key kept in the file key store, but another key store is registered. Register your own IRecordStore<{typeof(T).Name}> beside it (the PostgreSQL package registers both).");

    private static ILogger<T> Logger<T>(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger<T>.Instance;
}
