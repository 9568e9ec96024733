using LawfulBasis.Registers;

namespace LawfulBasis.Rights;

/// <summary>The request ledger: each change appends the request's new state; the latest state per id is current.</summary>
internal sealed class RequestLedger : IRequestLedger
{
    private const string ComplaintRight =
        "You may lodge a complaint with a supervisory authority (Art. 77) and seek a judicial remedy (Art. 79).";

    private readonly IRecordStore<SubjectRequest> _store;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    private readonly RequestPseudonymisation? _pseudonymisation;

    /// <summary>A ledger that keeps subject ids as they are (a reader beside the application, the tool).</summary>
    public RequestLedger(IRecordStore<SubjectRequest> store, TimeProvider time)
        : this(store, time, null)
    {
    }

    /// <summary>A ledger that pseudonymises closed requests after the period given, now and at each change.</summary>
    public RequestLedger(IRecordStore<SubjectRequest> store, TimeProvider time, RequestPseudonymisation? pseudonymisation)
    {
        _store = store;
        _time = time;
        _pseudonymisation = pseudonymisation;
        Pseudonymise();
    }

    public SubjectRequest Receive(string subjectId, SubjectRequestKind kind, DateTimeOffset? receivedAt = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Use a SubjectRequestKind member.");
        }

        // A random id (v4): a UUID v7 would carry the receipt time, which pseudonymisation must not leave behind.
        var received = receivedAt ?? _time.GetUtcNow();
        return Save(new SubjectRequest(Guid.NewGuid(), subjectId, kind, received, received.AddMonths(1),
            IdentityVerification.Pending, null, RequestStatus.Open, null, null, []));
    }

    public SubjectRequest VerifyIdentity(Guid requestId, bool verified) =>
        Update(requestId, r => r with { Identity = verified ? IdentityVerification.Verified : IdentityVerification.Failed });

    public SubjectRequest Extend(Guid requestId, int months, string reason, DateTimeOffset subjectToldAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Update(requestId, request =>
        {
            var total = (request.Extension?.Months ?? 0) + months;
            if (months < 1 || total > 2)
            {
                throw new InvalidOperationException(
                    $"Request {requestId} can be extended by at most two further months in all (Art. 12(3)); it has {request.Extension?.Months ?? 0} and {months} more was asked.");
            }

            if (subjectToldAt > request.Deadline)
            {
                throw new InvalidOperationException(
                    $"The subject must be told of an extension, with the reasons, within one month of receipt (Art. 12(3)): by {request.Deadline:yyyy-MM-dd}, not {subjectToldAt:yyyy-MM-dd}.");
            }

            return request with { Extension = new RequestExtension(total, reason, subjectToldAt, request.ReceivedAt.AddMonths(1 + total)) };
        });
    }

    public SubjectRequest Complete(Guid requestId, string outcome)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        return Update(requestId, r => r with { Status = RequestStatus.Completed, Outcome = outcome, ClosedAt = _time.GetUtcNow() });
    }

    public SubjectRequest Refuse(Guid requestId, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Update(requestId, r => r with { Status = RequestStatus.Refused, Outcome = $"Refused: {reason}. {ComplaintRight}", ClosedAt = _time.GetUtcNow() });
    }

    /// <remarks>
    /// An id issued before ids were random (a UUID v7) is found after its request was pseudonymised too, though the
    /// ledger then keeps it with its time of day cut (<see cref="RequestPseudonymisation.WithoutTimeOfDay"/>).
    /// </remarks>
    public SubjectRequest Get(Guid requestId)
    {
        var states = _store.ReadAll();
        var pseudonymised = RequestPseudonymisation.WithoutTimeOfDay(requestId);
        return states.LastOrDefault(r => r.Id == requestId)
            ?? (pseudonymised != requestId ? states.LastOrDefault(r => r.Id == pseudonymised) : null)
            ?? throw new KeyNotFoundException($"No request {requestId} in the ledger.");
    }

    public IReadOnlyList<SubjectRequest> Open() => Select(r => r.Status == RequestStatus.Open).OrderBy(r => r.DueAt).ToArray();

    public IReadOnlyList<SubjectRequest> Overdue()
    {
        var now = _time.GetUtcNow();
        return Select(r => r.IsOverdueAt(now)).OrderBy(r => r.DueAt).ToArray();
    }

    public IReadOnlyList<SubjectRequest> DueWithin(TimeSpan window)
    {
        var now = _time.GetUtcNow();
        return Select(r => r.Status == RequestStatus.Open && r.DueAt >= now && r.DueAt <= now + window).OrderBy(r => r.DueAt).ToArray();
    }

    public IReadOnlyList<SubjectRequest> ForSubject(string subjectId)
    {
        var states = _store.ReadSubject(subjectId);
        if (_pseudonymisation?.Key is { } key && !string.IsNullOrEmpty(subjectId))
        {
            states = [.. _store.ReadSubject(key.Of(subjectId)), .. states]; // closed and pseudonymised: still the subject's
        }

        return Current(states).OrderBy(r => r.ReceivedAt).ToArray();
    }

    /// <summary>Records that one source of an erasure is done, so a re-run skips it.</summary>
    internal SubjectRequest MarkSourceDone(Guid requestId, string source) =>
        Update(requestId, r => r.CompletedSources.Contains(source) ? r : r with { CompletedSources = [.. r.CompletedSources, source] });

    /// <summary>Each request's latest state (the store holds every state a request went through).</summary>
    private static Dictionary<Guid, SubjectRequest>.ValueCollection Current(IReadOnlyList<SubjectRequest> states)
    {
        var latest = new Dictionary<Guid, SubjectRequest>();
        foreach (var state in states)
        {
            latest[state.Id] = state;
        }

        return latest.Values;
    }

    private SubjectRequest[] Select(Func<SubjectRequest, bool> predicate) => [.. Current(_store.ReadAll()).Where(predicate)];

    private SubjectRequest Update(Guid requestId, Func<SubjectRequest, SubjectRequest> change)
    {
        lock (_gate)
        {
            var current = Get(requestId);
            if (current.Status != RequestStatus.Open)
            {
                throw new InvalidOperationException($"Request {requestId} is already {current.Status.ToString().ToLowerInvariant()}.");
            }

            return Save(change(current));
        }
    }

    private SubjectRequest Save(SubjectRequest request)
    {
        _store.Append(request);
        Pseudonymise();
        return request;
    }

    /// <summary>Rewrites closed requests past their period keyed and day-precise (the embedded files and PostgreSQL).</summary>
    private void Pseudonymise()
    {
        if (_pseudonymisation is { Key: not null } pseudonymisation && _store is IRewritableRecordStore<SubjectRequest> { IsWritable: true } rewritable)
        {
            var now = _time.GetUtcNow();
            lock (_gate)
            {
                rewritable.Replace(states => pseudonymisation.Apply(states, now));
            }
        }
    }
}
