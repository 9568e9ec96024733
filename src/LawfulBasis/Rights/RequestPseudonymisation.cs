using LawfulBasis.Registers;

namespace LawfulBasis.Rights;

/// <summary>
/// When the request ledger stops holding a closed request's subject id: <see cref="After"/> the request closed, every
/// state of it is rewritten with the subject keyed under the register key and its times cut to the day (enough to show
/// the Art. 12(3) deadline was met; not enough to match the trail's entries by time). Done when the ledger is opened
/// and at each change.
/// </summary>
/// <param name="Key">The register key; null when the key store keeps none (another key store): nothing is pseudonymised.</param>
/// <param name="After">How long after closing a request stays readable.</param>
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
            .Where(r => r.Status != RequestStatus.Open && r.ClosedAt is { } closed && closed + After <= now && !RegisterSubjectKey.IsKeyed(r.SubjectId))
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

    private SubjectRequest Pseudonymise(SubjectRequest state) => state with
    {
        SubjectId = Key!.Of(state.SubjectId),
        ReceivedAt = CoarseTime.Day(state.ReceivedAt),
        Deadline = CoarseTime.Day(state.Deadline),
        ClosedAt = state.ClosedAt is { } closed ? CoarseTime.Day(closed) : null,
        Extension = state.Extension is { } extension
            ? extension with { SubjectToldAt = CoarseTime.Day(extension.SubjectToldAt), NewDeadline = CoarseTime.Day(extension.NewDeadline) }
            : null,
    };
}
