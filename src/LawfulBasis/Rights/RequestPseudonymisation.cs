using LawfulBasis.Registers;

namespace LawfulBasis.Rights;

/// <summary>
/// When the request ledger stops holding a closed request's subject id: <see cref="After"/> the end of the day (UTC) the
/// request closed, every state of it is rewritten with the subject keyed under the register key, its times cut to the
/// day (enough to show the Art. 12(3) deadline was met; not enough to match the trail's entries by time) and an id that
/// carried the receipt time (a UUID v7, issued before ids were random) cut to the day too. Done when the ledger is
/// opened and at each change. Whole days fall due at once, so the moment a rewrite happens (which PostgreSQL's row
/// versions reveal) tells no more than the day the record shows.
/// </summary>
/// <param name="Key">The register key; null when the key store keeps none (another key store): nothing is pseudonymised.</param>
/// <param name="After">How long a closed request stays readable after the end of the day it closed.</param>
internal sealed record RequestPseudonymisation(RegisterSubjectKey? Key, TimeSpan After)
{
    /// <summary>
    /// The states to write instead of <paramref name="states"/>, or null when nothing is due. Pseudonymised requests
    /// come first, grouped by request and ordered by day and keyed subject (their order in the file would otherwise match
    /// the order of the trail's entries); each request's states keep their order; the others follow as they were.
    /// </summary>
    /// <param name="states">Every state in the ledger, oldest first.</param>
    /// <param name="now">The time now.</param>
    /// <returns>The new states, or null.</returns>
    public IReadOnlyList<SubjectRequest>? Apply(IReadOnlyList<SubjectRequest> states, DateTimeOffset now)
    {
        if (Key is null)
        {
            return null;
        }

        var latest = new Dictionary<Guid, SubjectRequest>();
        foreach (var state in states)
        {
            latest[state.Id] = state;
        }

        var due = latest.Values
            .Where(r => r.Status != RequestStatus.Open && r.ClosedAt is { } closed && ReadableUntil(closed) <= now && !RegisterSubjectKey.IsKeyed(r.SubjectId))
            .Select(r => r.Id)
            .ToHashSet();
        if (due.Count == 0)
        {
            return null;
        }

        var pseudonymised = states.Where(s => RegisterSubjectKey.IsKeyed(s.SubjectId) || due.Contains(s.Id))
            .Select(s => due.Contains(s.Id) ? Pseudonymise(s) : s)
            .GroupBy(s => s.Id)
            .OrderBy(g => g.First().ReceivedAt)
            .ThenBy(g => g.First().SubjectId, StringComparer.Ordinal)
            .ThenBy(g => g.Key)
            .SelectMany(g => g);
        return [.. pseudonymised, .. states.Where(s => !RegisterSubjectKey.IsKeyed(s.SubjectId) && !due.Contains(s.Id))];
    }

    /// <summary>When a request closed at <paramref name="closed"/> stops being readable: <see cref="After"/> the end of that day.</summary>
    /// <param name="closed">When it closed.</param>
    /// <returns>The time its pseudonymisation falls due.</returns>
    public DateTimeOffset ReadableUntil(DateTimeOffset closed) => CoarseTime.Day(closed).AddDays(1) + After;

    /// <summary>
    /// The id a pseudonymised request keeps: a UUID v7 carries the receipt time to the millisecond in its first 48 bits,
    /// which are cut to the day (the rest, random, stays); any other id is kept as it is.
    /// </summary>
    /// <param name="id">The request's id.</param>
    /// <returns>The id without the time of day.</returns>
    public static Guid WithoutTimeOfDay(Guid id)
    {
        if (id.Version != 7)
        {
            return id;
        }

        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        var milliseconds = 0L;
        for (var i = 0; i < 6; i++)
        {
            milliseconds = (milliseconds << 8) | bytes[i];
        }

        milliseconds -= milliseconds % (long)TimeSpan.FromDays(1).TotalMilliseconds;
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)milliseconds;
            milliseconds >>= 8;
        }

        return new Guid(bytes, bigEndian: true);
    }

    private SubjectRequest Pseudonymise(SubjectRequest state) => state with
    {
        Id = WithoutTimeOfDay(state.Id),
        SubjectId = Key!.Of(state.SubjectId),
        ReceivedAt = CoarseTime.Day(state.ReceivedAt),
        Deadline = CoarseTime.Day(state.Deadline),
        ClosedAt = state.ClosedAt is { } closed ? CoarseTime.Day(closed) : null,
        Extension = state.Extension is { } extension
            ? extension with { SubjectToldAt = CoarseTime.Day(extension.SubjectToldAt), NewDeadline = CoarseTime.Day(extension.NewDeadline) }
            : null,
    };
}
