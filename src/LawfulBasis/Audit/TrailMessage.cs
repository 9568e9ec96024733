namespace LawfulBasis.Audit;

/// <summary>
/// One item of the writer's queue: an event to write, a request to the writer, or an event with the request to make it
/// durable. A struct of references and numbers, so that enqueuing an event allocates nothing.
/// </summary>
internal readonly struct TrailMessage
{
    private TrailMessage(in AuditRecord record, bool hasEvent, TrailRequest? request)
    {
        Event = record;
        HasEvent = hasEvent;
        Request = request;
    }

    // Fields, not properties: the writer reads the event in place (by reference), never copying it.

    /// <summary>The event, when <see cref="HasEvent"/>.</summary>
    public readonly AuditRecord Event;

    /// <summary>Whether <see cref="Event"/> is an event to write (false for a request alone).</summary>
    public readonly bool HasEvent;

    /// <summary>What the caller asks of the writer besides writing the event, if anything.</summary>
    public readonly TrailRequest? Request;

    /// <summary>An event to write.</summary>
    public static TrailMessage Write(in AuditRecord record) => new(record, hasEvent: true, request: null);

    /// <summary>An event to write, with the request that completes once it is on disk.</summary>
    public static TrailMessage WriteDurably(in AuditRecord record, FlushRequest written) => new(record, hasEvent: true, written);

    /// <summary>A request alone.</summary>
    public static TrailMessage Ask(TrailRequest request) => new(default, hasEvent: false, request);
}
