namespace LawfulBasis.Testing;

/// <summary>One entry of a <see cref="FakeAuditTrail"/>, with the subject in clear (a test's trail needs no pseudonyms).</summary>
/// <param name="Time">When it was recorded, by the fakes' <see cref="TimeProvider"/>.</param>
/// <param name="SubjectId">The data subject; null for an entry about no one, or once the subject was forgotten.</param>
/// <param name="Event">What happened, named as in the real trail: <c>Decision</c>, <c>ConsentGiven</c>, <c>ConsentWithdrawn</c>, <c>Objection</c>, <c>Restriction</c>, <c>LegalHold</c>, <c>SubjectErased</c>.</param>
/// <param name="Purpose">The purpose's name, when the entry is about one.</param>
/// <param name="Operation">The operation decided, for a decision.</param>
/// <param name="Decision"><c>Allowed</c> or the denial reason, for a decision.</param>
/// <param name="Explanation">The entry in words.</param>
/// <param name="Article">The article it rests on.</param>
public sealed record FakeTrailEntry(
    DateTimeOffset Time,
    string? SubjectId,
    string Event,
    string? Purpose,
    string? Operation,
    string? Decision,
    string Explanation,
    string Article);
