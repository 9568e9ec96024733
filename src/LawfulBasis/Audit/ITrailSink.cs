using LawfulBasis.Rights;

namespace LawfulBasis.Audit;

/// <summary>
/// Where the trail's writer stores its chained lines: a JSON Lines file by default, or a database (the
/// LawfulBasis.PostgreSql package). Implement it to keep the trail in another store, and register the implementation
/// as the <see cref="ITrailSink"/> service in place of the default (for example with
/// <c>services.Replace(ServiceDescriptor.Singleton&lt;ITrailSink&gt;(...))</c> after <c>AddLawfulBasis</c>).
/// </summary>
/// <remarks>
/// <para>
/// The writer owns everything that makes the trail evidence: the queue, the pseudonyms, the canonical form, the hash
/// chain and the checkpoints. A sink only stores complete lines, in the order given, and finds them again; it never
/// changes, reorders or drops a line (an entry missing or altered breaks the chain, and <c>verify</c> reports it).
/// </para>
/// <para>
/// The writer owns its sink: it calls <see cref="Open"/> once, then <see cref="Write"/> from its one writer thread, and
/// disposes the sink when the trail is disposed. <see cref="HistoryAsync"/> may be called from any thread, at the same
/// time as <see cref="Write"/>. A sink that throws from <see cref="Write"/> stops the trail: every later attempt to
/// record is refused, so that no processing happens unrecorded.
/// </para>
/// </remarks>
public interface ITrailSink : IDisposable
{
    /// <summary>Where the trail is, for messages: a file path, or a description of the database and the writer's chain.</summary>
    string Location { get; }

    /// <summary>
    /// Checks what is stored and says where this writer's chain continues: the last entry's sequence number and hash,
    /// after recovering from a torn write if there was one (and saying so in <see cref="TrailStart.Recovered"/>, which
    /// the writer records as an entry). A store that gives each writer its own chain returns a new chain's start.
    /// </summary>
    /// <returns>Where the chain continues.</returns>
    /// <exception cref="InvalidDataException">What is stored fails verification: appending to it would hide tampering.</exception>
    TrailStart Open();

    /// <summary>Stores a batch of complete lines, each ending in a newline, after those stored before; returns once they are stored.</summary>
    /// <param name="lines">The lines, UTF-8. Valid only during the call: copy what is kept.</param>
    /// <param name="durable">
    /// True when the batch must survive a crash of the machine before this returns (flushed to disk, committed): it holds
    /// a flush the caller waits for, an erasure, a checkpoint, or events of a <see cref="TrailFlushMode.Durable"/> trail.
    /// </param>
    /// <exception cref="Exception">Anything the store throws: the trail stops and refuses further processing.</exception>
    void Write(ReadOnlySpan<byte> lines, bool durable);

    /// <summary>Every stored entry whose <c>subject</c> is this pseudonym, oldest first (Art. 15(1): the subject's processing history).</summary>
    /// <param name="pseudonym">The subject's pseudonym as it appears in the trail (32 lowercase hex digits).</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string pseudonym, CancellationToken cancellationToken);
}
