namespace LawfulBasis;

// In the Audit folder: the trail writer reads it, below the hosting options that set it.

/// <summary>When trail events reach the disk.</summary>
public enum TrailFlushMode
{
    /// <summary>
    /// Events are written in batches by a background writer; the caller never waits. A crash can lose the events of the
    /// last batch not yet flushed (milliseconds' worth).
    /// </summary>
    Batched = 0,

    /// <summary>
    /// The gate returns only once its event is written and flushed to disk (batched with concurrent callers' events,
    /// one flush per batch): no acknowledged event is lost in a crash. Slower, by the disk's flush latency.
    /// </summary>
    Durable = 1,
}
