namespace LawfulBasis.Audit;

/// <summary>The result of verifying an audit trail.</summary>
/// <param name="Problem">What is wrong, or <see cref="TrailProblem.None"/>.</param>
/// <param name="EntriesVerified">How many entries, from the first, were verified intact.</param>
/// <param name="Line">The 1-based line of the first bad entry, or null when the trail is intact.</param>
/// <param name="Message">What was found, in words.</param>
/// <param name="LastHash">The chain hash of the last intact entry (hex), or null when there is none.</param>
public sealed record TrailVerification(TrailProblem Problem, long EntriesVerified, long? Line, string Message, string? LastHash)
{
    /// <summary>Whether every entry verified.</summary>
    public bool IsIntact => Problem == TrailProblem.None;

    /// <summary>How many signed checkpoints were found (and, with a public key, verified).</summary>
    public long Checkpoints { get; init; }

    /// <summary>How many entries follow the last checkpoint (all of them when there is none): not covered by a signature.</summary>
    public long UnsignedEntries { get; init; }

    /// <summary>The last checkpoint found in the trail, or null.</summary>
    public TrailCheckpoint? LastCheckpoint { get; init; }

    /// <inheritdoc />
    public override string ToString() => Message;
}
