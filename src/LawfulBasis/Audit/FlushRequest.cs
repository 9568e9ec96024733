namespace LawfulBasis.Audit;

/// <summary>
/// Asks the writer to store everything enqueued before it durably (flushed to disk), then complete
/// <see cref="TrailRequest.Done"/>. Alone in a message it is <see cref="IAuditTrail.FlushAsync"/>; carried with an event,
/// it is a caller waiting for that one event in <see cref="TrailFlushMode.Durable"/> mode.
/// </summary>
internal sealed class FlushRequest : TrailRequest;
