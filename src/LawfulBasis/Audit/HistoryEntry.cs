namespace LawfulBasis.Rights;

// In the Audit folder (the trail returns it, below the access report that shows it); the namespace stays
// LawfulBasis.Rights, where it was published.

/// <summary>One entry of the subject's processing history.</summary>
/// <param name="Time">When.</param>
/// <param name="Event">For example <c>Decision</c> or <c>ConsentGiven</c>.</param>
/// <param name="Purpose">The purpose id, if any.</param>
/// <param name="Operation">The operation, for a decision.</param>
/// <param name="Decision"><c>allowed</c> or <c>denied</c>, for a decision.</param>
/// <param name="Explanation">What the entry says.</param>
/// <param name="Article">The article it rests on.</param>
public sealed record HistoryEntry(DateTimeOffset Time, string Event, string? Purpose, string? Operation, string? Decision, string Explanation, string Article);
