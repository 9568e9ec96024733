using LawfulBasis.Registers;

namespace LawfulBasis.Rights;

/// <summary>Where a request stands.</summary>
public enum RequestStatus
{
    /// <summary>Received and not yet answered.</summary>
    Open = 0,

    /// <summary>Answered.</summary>
    Completed = 1,

    /// <summary>Refused, with reasons and the right to complain (Art. 12(4)).</summary>
    Refused = 2,
}

/// <summary>Whether the requester's identity is confirmed (Art. 12(6)).</summary>
public enum IdentityVerification
{
    /// <summary>Not checked yet.</summary>
    Pending = 0,

    /// <summary>Confirmed: the request may be answered.</summary>
    Verified = 1,

    /// <summary>Could not be confirmed.</summary>
    Failed = 2,
}

/// <summary>An extension of the answer period by up to two further months (Art. 12(3)).</summary>
/// <param name="Months">The further months, 1 or 2.</param>
/// <param name="Reason">Why: the complexity or number of requests.</param>
/// <param name="SubjectToldAt">When the subject was told, with the reasons; must be within the first month.</param>
/// <param name="NewDeadline">The extended deadline.</param>
public sealed record RequestExtension(int Months, string Reason, DateTimeOffset SubjectToldAt, DateTimeOffset NewDeadline);

/// <summary>One entry of the request ledger (Art. 12).</summary>
/// <param name="Id">The request id.</param>
/// <param name="SubjectId">The data subject.</param>
/// <param name="Kind">What was asked.</param>
/// <param name="ReceivedAt">When it was received; the deadline runs from here.</param>
/// <param name="Deadline">One month after receipt (Art. 12(3)).</param>
/// <param name="Identity">Whether the requester's identity is confirmed.</param>
/// <param name="Extension">The extension, if any.</param>
/// <param name="Status">Open, completed or refused.</param>
/// <param name="Outcome">What was done, or why it was refused.</param>
/// <param name="ClosedAt">When it was completed or refused.</param>
/// <param name="CompletedSources">For an erasure, the sources already done (a re-run skips them).</param>
public sealed record SubjectRequest(
    Guid Id,
    string SubjectId,
    SubjectRequestKind Kind,
    DateTimeOffset ReceivedAt,
    DateTimeOffset Deadline,
    IdentityVerification Identity,
    RequestExtension? Extension,
    RequestStatus Status,
    string? Outcome,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<string> CompletedSources) : ISubjectRecord
{
    /// <summary>When the answer is due: the extended deadline, or one month after receipt.</summary>
    public DateTimeOffset DueAt => Extension?.NewDeadline ?? Deadline;

    /// <summary>Whether the request is still open after its due date.</summary>
    /// <param name="now">The current time.</param>
    /// <returns>True when overdue.</returns>
    public bool IsOverdueAt(DateTimeOffset now) => Status == RequestStatus.Open && now > DueAt;
}
