using System.Security.Cryptography;

namespace LawfulBasis.Audit;

/// <summary>
/// What <see cref="AuditTrailVerifier"/> checks beyond the hash chain. With nothing set it checks the chain alone, which
/// proves no entry inside the file was changed, removed, inserted or reordered, but not that the file is whole: see
/// docs/trail-guarantees.md for what each setting adds.
/// </summary>
public sealed record TrailVerificationOptions
{
    /// <summary>The checkpoint signing key's public half: every checkpoint must verify with it, and entries after the last one are reported.</summary>
    public ECDsa? PublicKey { get; init; }

    /// <summary>The latest checkpoint the witness kept: the trail must hold at least its entries, ending in its head hash.</summary>
    public TrailCheckpoint? Witness { get; init; }

    /// <summary>Accept entries after the last checkpoint (a running writer's, or a crash's) instead of reporting <see cref="TrailProblem.UnsignedTail"/>.</summary>
    public bool AllowUnsignedTail { get; init; }

    /// <summary>Accept a trail with no entry instead of reporting <see cref="TrailProblem.Empty"/>.</summary>
    public bool AllowEmpty { get; init; }
}
