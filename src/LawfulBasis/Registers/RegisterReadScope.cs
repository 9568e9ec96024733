namespace LawfulBasis.Registers;

/// <summary>
/// One gate decision's reads of a subject's registers (erasure, restriction, objection, consent). A store whose reads
/// cost a round trip fetches all of the subject's records once per decision and serves the other registers from that
/// snapshot; in-memory stores ignore it. The subject's keyed form (<see cref="RegisterSubjectKey"/>) is also worked out
/// once per decision and shared by every register that asks. Costs nothing (no allocation) when nobody caches.
/// </summary>
internal static class RegisterReadScope
{
    [ThreadStatic]
    private static string? t_subject;

    [ThreadStatic]
    private static object? t_snapshot;

    [ThreadStatic]
    private static RegisterSubjectKey? t_key;

    [ThreadStatic]
    private static string? t_keyed;

    /// <summary>Starts a decision about <paramref name="subjectId"/> on this thread; dispose to end it.</summary>
    public static Scope Begin(string subjectId)
    {
        var previous = new Scope(t_subject, t_snapshot, t_key, t_keyed);
        t_subject = subjectId;
        t_snapshot = null;
        t_key = null;
        t_keyed = null;
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

    /// <summary>The subject's keyed form under <paramref name="key"/>, when a register already worked it out during the current decision; else null.</summary>
    public static string? Keyed(RegisterSubjectKey key, string subjectId) =>
        ReferenceEquals(t_key, key) && t_subject == subjectId ? t_keyed : null;

    /// <summary>Shares the subject's keyed form with the decision's other registers (outside a decision about this subject, does nothing).</summary>
    public static void ShareKeyed(RegisterSubjectKey key, string subjectId, string keyed)
    {
        if (t_subject == subjectId)
        {
            t_key = key;
            t_keyed = keyed;
        }
    }

    /// <summary>Restores the enclosing decision's state.</summary>
    public readonly struct Scope(string? subject, object? snapshot, RegisterSubjectKey? key, string? keyed) : IDisposable
    {
        public void Dispose()
        {
            t_subject = subject;
            t_snapshot = snapshot;
            t_key = key;
            t_keyed = keyed;
        }
    }
}
