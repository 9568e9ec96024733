namespace LawfulBasis.Audit;

/// <summary>Where a writer's chain continues (<see cref="ITrailSink.Open"/>): the last entry's sequence number and hash, and what was recovered on the way, if anything.</summary>
/// <param name="Seq">The sequence number of the last stored entry; 0 for an empty trail or a new chain.</param>
/// <param name="PreviousHash">The SHA-256 hash (32 bytes) of that entry; 32 zero bytes for an empty trail or a new chain.</param>
/// <param name="Recovered">What the sink repaired before the chain could continue (for example a torn last line moved aside), recorded by the writer as an entry; null when nothing was.</param>
public readonly record struct TrailStart(long Seq, byte[] PreviousHash, string? Recovered)
{
    /// <summary>The sequence number of the last checkpoint entry (0 when there is none), or -1 when the sink does not say.</summary>
    public long LastCheckpointSeq { get; init; } = -1;
}
