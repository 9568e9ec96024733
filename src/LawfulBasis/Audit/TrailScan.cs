namespace LawfulBasis.Audit;

/// <summary>What a scan of a trail file found, for a writer resuming its chain: the verification, where the intact lines end, the last entry and its hash, and the last checkpoint's entry (0 when none).</summary>
internal readonly record struct TrailScan(TrailVerification Verification, long IntactLength, long LastSeq, byte[] LastHash, long LastCheckpointSeq)
{
    /// <summary>The hash of entry 1 (what identifies the trail), or null when no entry verified.</summary>
    public byte[]? FirstHash { get; init; }

    /// <summary>The hash of the entry the scan was asked to remember, or null when the trail does not reach it intact.</summary>
    public byte[]? RememberedHash { get; init; }
}
