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

    /// <inheritdoc />
    public override string ToString() => Message;
}
