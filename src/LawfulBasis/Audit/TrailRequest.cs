namespace LawfulBasis.Audit;

/// <summary>
/// A request to the trail's writer that travels through its queue, so that it is served in order with the events
/// around it: everything enqueued before it is handled first. The writer completes <see cref="Done"/> once the batch
/// holding it is stored, or faults it when the trail stops.
/// </summary>
internal abstract class TrailRequest
{
    /// <summary>Completes once the request is served and the batch holding it is on disk.</summary>
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
