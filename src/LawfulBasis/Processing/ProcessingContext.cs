namespace LawfulBasis.Processing;

/// <summary>Optional facts about one operation, beyond the subject and the purpose.</summary>
public readonly record struct ProcessingContext
{
    /// <summary>Who performs the operation (a user name, a service account), recorded in the trail; null for the default actor.</summary>
    public string? Actor { get; init; }

    /// <summary>When the data was collected; when set, the gate refuses data older than the purpose's retention (Art. 5(1)(e)).</summary>
    public DateTimeOffset? CollectedAt { get; init; }

    /// <summary>
    /// The Art. 18(2) ground an operation on restricted data relies on; without one, restricted data may only be stored.
    /// The ground is recorded in the trail with the decision.
    /// </summary>
    public RestrictionException RestrictionException { get; init; }
}
