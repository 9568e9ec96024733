namespace LawfulBasis.Audit;

/// <summary>
/// Asks the writer to destroy a subject's pseudonym key and record the erasure under the pseudonym destroyed. The writer
/// does it in queue order, so every event enqueued before keeps the old pseudonym and every later one gets a new key.
/// </summary>
internal sealed class EraseRequest(string subjectId, DateTimeOffset time) : TrailRequest
{
    /// <summary>The subject whose key is destroyed.</summary>
    public string SubjectId { get; } = subjectId;

    /// <summary>When the erasure was asked for: the time of its trail entry.</summary>
    public DateTimeOffset Time { get; } = time;

    /// <summary>Set by the writer: the pseudonym that can no longer be recomputed, or null when the subject had no key.</summary>
    public string? Forgotten { get; set; }
}
