using LawfulBasis.Registers;

namespace LawfulBasis.Testing;

/// <summary>
/// A legal-hold register in memory, for tests of code that places, releases or asks about holds through
/// <see cref="ILegalHoldRegister"/>. It answers as the real register does: per reason the latest entry decides, and a
/// hold past its end is no longer in force (by the <see cref="TimeProvider"/> given, so a <c>FakeTimeProvider</c> can
/// move past it). Records into a <see cref="FakeAuditTrail"/> when given one, without the reason's text.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class FakeLegalHoldRegister : ILegalHoldRegister
{
    private readonly RecordList<LegalHoldRecord> _records = new();
    private readonly TimeProvider _time;
    private readonly FakeAuditTrail? _trail;

    /// <summary>Creates an empty register.</summary>
    /// <param name="timeProvider">Stamps the entries and decides which holds have ended; the system clock when null.</param>
    /// <param name="trail">When given, each entry is also recorded there.</param>
    public FakeLegalHoldRegister(TimeProvider? timeProvider = null, FakeAuditTrail? trail = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _trail = trail;
    }

    /// <summary>Every entry, of every subject, oldest first (a snapshot).</summary>
    public IReadOnlyList<LegalHoldRecord> Records => _records.All;

    /// <inheritdoc />
    public LegalHoldRecord Place(string subjectId, string reason, DateTimeOffset? until = null)
    {
        LegalHoldRegister.EnsureEndsAfter(until, _time.GetUtcNow());
        return Record(subjectId, reason, true, until);
    }

    /// <inheritdoc />
    public LegalHoldRecord Release(string subjectId, string reason) => Record(subjectId, reason, false, null);

    /// <inheritdoc />
    public IReadOnlyList<LegalHoldRecord> InForce(string subjectId)
    {
        var now = _time.GetUtcNow();
        return [.. _records.ForSubject(subjectId).GroupBy(r => r.Reason, StringComparer.Ordinal).Select(g => g.Last())
            .Where(r => r.IsHeld && (r.Until is null || r.Until > now)).OrderBy(r => r.At)];
    }

    /// <inheritdoc />
    public IReadOnlyList<LegalHoldRecord> History(string subjectId) => _records.ForSubject(subjectId);

    private LegalHoldRecord Record(string subjectId, string reason, bool held, DateTimeOffset? until)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var record = _records.Add(new LegalHoldRecord(subjectId, held, reason, _time.GetUtcNow(), until));
        _trail?.Record(subjectId, "LegalHold", held ? "Legal hold placed; erasure retains the subject's data" : "Legal hold released", "Art. 17(3)(e)");
        return record;
    }
}
