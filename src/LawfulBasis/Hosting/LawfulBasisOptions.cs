using System.Reflection;

namespace LawfulBasis;

/// <summary>Settings of <c>AddLawfulBasis</c>; validated when the host starts.</summary>
public sealed class LawfulBasisOptions
{
    /// <summary>The assemblies whose purpose and personal-data declarations form the catalog. At least one.</summary>
    public IList<Assembly> Assemblies { get; } = [];

    /// <summary>The audit trail file (JSON Lines), for example <c>/var/lib/shop/audit/trail.jsonl</c>. Required.</summary>
    public string? TrailPath { get; set; }

    /// <summary>
    /// The folder of the pseudonym key store. Required, and it must not be the trail's folder: whoever can read both
    /// can link the trail to people, so keep it apart, with stricter access.
    /// </summary>
    public string? KeyStorePath { get; set; }

    /// <summary>The folder of the consent, objection and restriction registers. Required.</summary>
    public string? RegisterPath { get; set; }

    /// <summary>When trail events reach the disk; <see cref="TrailFlushMode.Batched"/> by default.</summary>
    public TrailFlushMode FlushMode { get; set; } = TrailFlushMode.Batched;

    /// <summary>How many events may wait for the writer before callers wait too (back-pressure, nothing is dropped). At least 1.</summary>
    /// <remarks>
    /// The default, 65,536 (about 9 MB of queued events), absorbs about 250 ms of events at 250,000 a second: a disk stall
    /// (a slow fsync under <see cref="TrailFlushMode.Durable"/>, a busy disk) that long does not block the callers, and so
    /// the requests being served. A smaller queue fits the processor's caches better when the writer is saturated, but
    /// blocks callers sooner: 4,096 is about 16 ms of burst at that rate. Measured with <c>--profile-trail</c> on 2 shared
    /// cores (issue 13, 200,000 events over 10,000 subjects, six pairs of runs of 5 rounds each): against 65,536, 4,096 changed
    /// the process's CPU per event by a median 0.10 µs (from 0.27 µs more to 0.52 µs less, of about 2.5 µs) and the writer
    /// thread's CPU by a median 5 ms (30 ms more to 110 ms less, of about 340 ms); 16,384 showed no steady gain either. No
    /// gain beyond the noise is worth making every application's callers block 16 times sooner, so the default stays; a
    /// host bound by trail throughput, with a disk that does not stall, can try 4,096.
    /// </remarks>
    [AtLeast(1, ErrorMessage = "QueueCapacity must be at least 1: it is how many trail events may wait for the writer (65536 by default). Set options.QueueCapacity, or LawfulBasis:QueueCapacity in configuration, to a positive number.")]
    public int QueueCapacity { get; set; } = 1 << 16;

    /// <summary>The most events the writer writes per batch. At least 1.</summary>
    [AtLeast(1, ErrorMessage = "BatchSize must be at least 1: it is the most trail events the writer writes per batch (4096 by default). Set options.BatchSize, or LawfulBasis:BatchSize in configuration, to a positive number.")]
    public int BatchSize { get; set; } = 4096;

    /// <summary>
    /// Whether the writer chains signed checkpoints (ECDSA P-256) into the trail, after
    /// <see cref="CheckpointEveryEntries"/> entries or <see cref="CheckpointPeriod"/>, and at clean shutdown, so that
    /// <c>lawfulbasis verify --public-key</c> can prove the trail was not re-chained or appended to by someone without
    /// the key (docs/trail-guarantees.md). Off by default in this version; turn it on with a witness.
    /// </summary>
    public bool SignCheckpoints { get; set; }

    /// <summary>A checkpoint after at most this many entries (100,000 by default).</summary>
    public long CheckpointEveryEntries { get; set; } = 100_000;

    /// <summary>A checkpoint at least this often while entries are written (one minute by default).</summary>
    public TimeSpan CheckpointPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The signing key, when the host keeps it (a vault, an HSM): an ECDSA P-256 key with its private part. When null,
    /// the key is kept in the key store folder (<c>checkpoint-signing.key</c>, 0600), its public half beside it in
    /// <c>checkpoint-signing.pub.pem</c>.
    /// </summary>
    public System.Security.Cryptography.ECDsa? CheckpointSigningKey { get; set; }

    /// <summary>
    /// A file, outside the trail's folder, that keeps the latest checkpoint (the witness): start-up refuses a trail shorter
    /// than it says, and <c>verify --witness</c> detects truncation and deletion. Register an
    /// <see cref="Audit.ITrailWitness"/> instead to publish elsewhere (a database, a timestamping service).
    /// </summary>
    public string? CheckpointWitnessPath { get; set; }

    /// <summary>
    /// The id of a lost file trail to start a new trail in place of, once. The embedded key store remembers the trail it
    /// serves (its path, first entry and length); when that trail is missing, emptied, cut, replaced or at another path,
    /// the host refuses to start and prints the trail's id (16 hex digits). Restore the trail from its backup; or, to start
    /// a new trail deliberately (or accept a trail moved to <see cref="TrailPath"/>), set this to that id and start once:
    /// the new trail's first entry records which trail it replaced, and the setting accepts that one change only, so a
    /// value left behind never hides a later loss. Null by default (docs/trail-guarantees.md).
    /// </summary>
    public string? AcceptTrailChange { get; set; }

    /// <summary>
    /// How long a closed subject request keeps the subject's id readable in the request ledger, counted from the end of
    /// the day (UTC) it closed (default 30 days, for the subject's follow-up questions about the answer). After it, the
    /// request's states are rewritten with the subject keyed under the register key and times cut to the day (still
    /// evidence that the deadline was met); requests closed on one day are rewritten together. Zero pseudonymises when
    /// the day the request closed ends.
    /// </summary>
    public TimeSpan ClosedRequestsReadableFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The actor recorded when an operation names none, for example the service's name.</summary>
    public string DefaultActor { get; set; } = "system";

    /// <summary>
    /// Personal-data types that need no <c>ISubjectDataSource</c>, each with the reason (for example, the type is only a
    /// view of data another source already answers for). Without a source or an exemption the host does not start.
    /// </summary>
    public IDictionary<Type, string> SubjectRequestExemptions { get; } = new Dictionary<Type, string>();

    /// <summary>Exempts <typeparamref name="T"/> from needing a subject data source, with the reason.</summary>
    /// <typeparam name="T">A personal-data type.</typeparam>
    /// <param name="reason">Why access and erasure requests need not reach it.</param>
    /// <returns>These options.</returns>
    public LawfulBasisOptions ExemptFromSubjectRequests<T>(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        SubjectRequestExemptions[typeof(T)] = reason;
        return this;
    }

    /// <summary>
    /// Classifications the catalog adds to the attributes of <see cref="Assemblies"/>: for example the EF Core model's
    /// (<c>HasPersonalData&lt;TCategory&gt;()</c>, shadow properties, entities that cannot be annotated), which
    /// LawfulBasis.EntityFrameworkCore adds here. Read once, when the catalog is built.
    /// </summary>
    public IList<IClassificationSource> ClassificationSources { get; } = [];

    private (ProcessingCatalog Catalog, IReadOnlyList<DeclarationProblem> Problems)? _catalog;

    /// <summary>
    /// Set by a storage package (for example LawfulBasis.PostgreSql) that replaces the embedded files: then the trail,
    /// key store and register paths are not needed and not checked. Null for the embedded files.
    /// </summary>
    internal string? ExternalStorage { get; set; }

    /// <summary>Reads the catalog of <see cref="Assemblies"/> once: the validators and the service provider share the result.</summary>
    internal (ProcessingCatalog Catalog, IReadOnlyList<DeclarationProblem> Problems) ReadCatalog() =>
        _catalog ??= CatalogReader.Read([.. Assemblies], [.. ClassificationSources]);

    /// <summary>Adds the assembly that declares <typeparamref name="T"/> to <see cref="Assemblies"/>.</summary>
    /// <typeparam name="T">Any type of the assembly.</typeparam>
    /// <returns>These options.</returns>
    public LawfulBasisOptions AddAssemblyOf<T>()
    {
        if (!Assemblies.Contains(typeof(T).Assembly))
        {
            Assemblies.Add(typeof(T).Assembly);
        }

        return this;
    }
}
