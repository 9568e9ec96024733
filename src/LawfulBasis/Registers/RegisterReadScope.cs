namespace LawfulBasis.Registers;

/// <summary>
/// One gate decision's reads of a subject's registers (erasure, restriction, objection, consent). A store whose reads
/// cost a round trip fetches all of the subject's records once per decision and serves the other registers from that
/// snapshot; in-memory stores ignore it. Costs nothing (no allocation) when nobody caches.
/// </summary>
internal static class RegisterReadScope
{
    [ThreadStatic]
    private static string? t_subject;

    [ThreadStatic]
    private static object? t_snapshot;

    /// <summary>Starts a decision about <paramref name="subjectId"/> on this thread; dispose to end it.</summary>
    public static Scope Begin(string subjectId)
    {
        var previous = new Scope(t_subject, t_snapshot);
        t_subject = subjectId;
        t_snapshot = null;
        return previous;
    }

    /// <summary>What a store cached for this subject during the current decision, or null.</summary>
    public static T? Cached<T>(string subjectId)
        where T : class =>
        t_subject == subjectId ? t_snapshot as T : null;

    /// <summary>Keeps a snapshot of the subject's records for the rest of the current decision (outside one, does nothing).</summary>
    public static void Cache(string subjectId, object snapshot)
    {
        if (t_subject == subjectId)
        {
            t_snapshot = snapshot;
        }
    }

    /// <summary>Restores the enclosing decision's state.</summary>
    public readonly struct Scope(string? subject, object? snapshot) : IDisposable
    {
        public void Dispose()
        {
            t_subject = subject;
            t_snapshot = snapshot;
        }
    }
}
