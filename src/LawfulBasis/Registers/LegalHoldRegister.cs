using LawfulBasis.Audit;

namespace LawfulBasis.Registers;

/// <summary>The legal-hold register: entries persisted in a store; the latest entry per reason decides.</summary>
internal sealed class LegalHoldRegister : ILegalHoldRegister
{
    private readonly IRecordStore<LegalHoldRecord> _store;
    private readonly IAuditRecorder _trail;
    private readonly TimeProvider _time;

    public LegalHoldRegister(IRecordStore<LegalHoldRecord> store, IAuditRecorder trail, TimeProvider time)
    {
        _store = store;
        _trail = trail;
        _time = time;
    }

    public LegalHoldRecord Place(string subjectId, string reason, DateTimeOffset? until = null)
    {
        EnsureEndsAfter(until, _time.GetUtcNow());
        return Record(subjectId, reason, true, until);
    }

    /// <summary>Refuses a hold that would already have ended (shared with LawfulBasis.Testing's fake).</summary>
    internal static void EnsureEndsAfter(DateTimeOffset? until, DateTimeOffset now)
    {
        if (until is { } end && end <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, $"A legal hold must end in the future (now is {now:O}); omit the end to keep it until released.");
        }
    }

    public LegalHoldRecord Release(string subjectId, string reason) => Record(subjectId, reason, false, null);

    public IReadOnlyList<LegalHoldRecord> InForce(string subjectId)
    {
        var now = _time.GetUtcNow();
        var latest = new Dictionary<string, LegalHoldRecord>(StringComparer.Ordinal);
        foreach (var record in _store.ReadSubject(subjectId))
        {
            latest[record.Reason] = record;
        }

        return [.. latest.Values.Where(r => r.IsHeld && (r.Until is null || r.Until > now)).OrderBy(r => r.At)];
    }

    public IReadOnlyList<LegalHoldRecord> History(string subjectId) => _store.ReadSubject(subjectId);

    private LegalHoldRecord Record(string subjectId, string reason, bool held, DateTimeOffset? until)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var record = new LegalHoldRecord(subjectId, held, reason, _time.GetUtcNow(), until);
        _store.Append(record);

        // The reason may name a court case; the trail holds only that a hold changed, never its text.
        _trail.Record(new AuditRecord(record.At, AuditEventKind.LegalHold, null, default, default,
            held ? $"Legal hold placed{(until is { } end ? $" until {end:yyyy-MM-dd}" : string.Empty)}; erasure retains the subject's data" : "Legal hold released",
            "Art. 17(3)(e)", null, null, null, 0, System.Diagnostics.Activity.Current?.TraceId ?? default, subjectId));
        return record;
    }
}
