namespace LawfulBasis.Audit;

/// <summary>What is wrong with an audit trail, as found by <see cref="AuditTrailVerifier"/>.</summary>
public enum TrailProblem
{
    /// <summary>Nothing: the chain is intact.</summary>
    None = 0,

    /// <summary>An entry's content does not match its chain hash: it was modified, or a forged entry was inserted.</summary>
    Modified = 1,

    /// <summary>An entry's sequence number is not the next one: entries were deleted, inserted or reordered.</summary>
    OutOfSequence = 2,

    /// <summary>A line is not a trail entry at all.</summary>
    Malformed = 3,

    /// <summary>The last line is incomplete (no newline): a write was cut short, by a crash or by truncation.</summary>
    TornTail = 4,

    /// <summary>The trail file cannot be read.</summary>
    Unreadable = 5,

    /// <summary>A checkpoint's signature does not verify with the public key, or it was signed by another key: the trail was rewritten.</summary>
    BadCheckpoint = 6,

    /// <summary>The trail holds fewer entries than its witness saw, or a different entry where the witness's checkpoint ends: cut short or replaced.</summary>
    ShorterThanWitness = 7,

    /// <summary>Entries follow the last signed checkpoint: appended by someone else, or by the writer before it stopped without a clean shutdown.</summary>
    UnsignedTail = 8,

    /// <summary>The trail holds no entry at all (an empty or emptied file, <c>/dev/null</c>).</summary>
    Empty = 9,
}
