using LawfulBasis.Rights;

namespace LawfulBasis.Audit;

/// <summary>
/// Where the trail's writer puts its chained lines: a file (<see cref="FileTrailSink"/>) or a database. The writer owns
/// the queue, the pseudonyms, the canonical form and the chain; a sink only stores complete lines and finds them again.
/// Called from the writer thread only, except <see cref="HistoryAsync"/>.
/// </summary>
internal interface ITrailSink : IDisposable
{
    /// <summary>Where the trail is, for messages: a file path, or a description of the database and the writer's chain.</summary>
    string Location { get; }

    /// <summary>Checks what is stored and says where this writer's chain continues (after recovering a torn write, if any).</summary>
    /// <exception cref="InvalidDataException">What is stored fails verification: appending to it would hide tampering.</exception>
    TrailStart Open();

    /// <summary>Stores a batch of complete lines (each ending in a newline), durably when asked; throws when it cannot.</summary>
    void Write(ReadOnlySpan<byte> lines, bool durable);

    /// <summary>Every stored entry carrying the pseudonym, oldest first.</summary>
    Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string pseudonym, CancellationToken cancellationToken);
}

/// <summary>Where a writer's chain continues: the last sequence number, its hash, and what was recovered on the way, if anything.</summary>
internal readonly record struct TrailStart(long Seq, byte[] PreviousHash, string? Recovered)
{
    /// <summary>The sequence number of the last checkpoint entry (0 when none), or -1 when the sink does not say.</summary>
    public long LastCheckpointSeq { get; init; } = -1;
}
