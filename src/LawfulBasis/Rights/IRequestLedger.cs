namespace LawfulBasis.Rights;

/// <summary>
/// The ledger of data-subject requests (Art. 12): receipt, identity check, the one-month deadline and its extension,
/// and the outcome. There is no cap on how often a subject may ask.
/// </summary>
public interface IRequestLedger
{
    /// <summary>Records a request as received now (or at <paramref name="receivedAt"/>); the deadline is one month later.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="kind">What is asked.</param>
    /// <param name="receivedAt">When it was received, if not now.</param>
    /// <returns>The open request.</returns>
    SubjectRequest Receive(string subjectId, SubjectRequestKind kind, DateTimeOffset? receivedAt = null);

    /// <summary>Records the result of the identity check (Art. 12(6)).</summary>
    /// <param name="requestId">The request.</param>
    /// <param name="verified">Whether the requester is the subject.</param>
    /// <returns>The updated request.</returns>
    SubjectRequest VerifyIdentity(Guid requestId, bool verified);

    /// <summary>Extends the deadline by one or two further months (Art. 12(3)).</summary>
    /// <param name="requestId">The request.</param>
    /// <param name="months">1 or 2; with an earlier extension, at most 2 in all.</param>
    /// <param name="reason">Why: the complexity or number of requests.</param>
    /// <param name="subjectToldAt">When the subject was told, with the reasons; must be within one month of receipt.</param>
    /// <returns>The updated request.</returns>
    /// <exception cref="InvalidOperationException">The extension breaks Art. 12(3); the message says how.</exception>
    SubjectRequest Extend(Guid requestId, int months, string reason, DateTimeOffset subjectToldAt);

    /// <summary>Closes a request as answered.</summary>
    /// <param name="requestId">The request.</param>
    /// <param name="outcome">What was done.</param>
    /// <returns>The closed request.</returns>
    SubjectRequest Complete(Guid requestId, string outcome);

    /// <summary>Refuses a request, with the reasons; the outcome also states the right to complain (Art. 12(4)).</summary>
    /// <param name="requestId">The request.</param>
    /// <param name="reason">Why, for example manifestly unfounded or excessive (Art. 12(5)).</param>
    /// <returns>The closed request.</returns>
    SubjectRequest Refuse(Guid requestId, string reason);

    /// <summary>Gets a request.</summary>
    /// <param name="requestId">The request.</param>
    /// <returns>The request.</returns>
    /// <exception cref="KeyNotFoundException">No such request.</exception>
    SubjectRequest Get(Guid requestId);

    /// <summary>Every open request, soonest due first.</summary>
    /// <returns>The open requests.</returns>
    IReadOnlyList<SubjectRequest> Open();

    /// <summary>Open requests past their due date.</summary>
    /// <returns>The overdue requests, most overdue first.</returns>
    IReadOnlyList<SubjectRequest> Overdue();

    /// <summary>Open requests due within <paramref name="window"/> that are not overdue yet.</summary>
    /// <param name="window">For example seven days.</param>
    /// <returns>The soon-due requests.</returns>
    IReadOnlyList<SubjectRequest> DueWithin(TimeSpan window);

    /// <summary>Every request of one subject, oldest first.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The requests.</returns>
    IReadOnlyList<SubjectRequest> ForSubject(string subjectId);
}
