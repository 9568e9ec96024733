namespace LawfulBasis.Audit;

/// <summary>What a scan of a trail file found, for a writer resuming its chain: the verification, where the intact lines end, the last entry and its hash, and the last checkpoint's entry (0 when none).</summary>
internal readonly record struct TrailScan(TrailVerification Verification, long IntactLength, long LastSeq, byte[] LastHash, long LastCheckpointSeq);
