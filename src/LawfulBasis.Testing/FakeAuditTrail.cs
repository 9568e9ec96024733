using System.Security.Cryptography;
using System.Text;
using LawfulBasis.Audit;
using LawfulBasis.Rights;

namespace LawfulBasis.Testing;

/// <summary>
/// An audit trail in memory: the fake gate and registers record into it, and a test reads <see cref="Entries"/>. It
/// answers <see cref="IAuditTrail"/> as the real trail does — a keyed pseudonym per subject, history through it, and
/// crypto-shredding that leaves the entries but unlinks them — without files, keys on disk or a writer thread.
/// </summary>
/// <remarks>Thread-safe. Nothing is hash-chained: use the real trail to test verification.</remarks>
public sealed class FakeAuditTrail : IAuditTrail
{
    private readonly object _gate = new();
    private readonly List<FakeTrailEntry> _entries = [];
    private readonly Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates an empty trail stamped by <paramref name="timeProvider"/> (the system clock when null).</summary>
    /// <param name="timeProvider">The clock, for example a <c>FakeTimeProvider</c>.</param>
    public FakeAuditTrail(TimeProvider? timeProvider = null) => _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public string Path => "memory:fake-audit-trail";

    /// <summary>Every entry recorded, oldest first (a snapshot).</summary>
    public IReadOnlyList<FakeTrailEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>How many times <see cref="FlushAsync"/> was called.</summary>
    public int FlushCount { get; private set; }

    /// <summary>The entries linked to one subject, oldest first; none once the subject is forgotten (<see cref="ForgetAsync"/>).</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<FakeTrailEntry> EntriesFor(string subjectId)
    {
        lock (_gate)
        {
            return [.. _entries.Where(e => e.SubjectId == subjectId)];
        }
    }

    /// <summary>Records an entry, stamped now; what the fakes call, and what a test may call to set a trail up.</summary>
    /// <param name="subjectId">The data subject, or null.</param>
    /// <param name="eventName">What happened (see <see cref="FakeTrailEntry.Event"/>).</param>
    /// <param name="explanation">The entry in words.</param>
    /// <param name="article">The article it rests on.</param>
    /// <param name="purpose">The purpose's name, or null.</param>
    /// <param name="operation">The operation, for a decision.</param>
    /// <param name="decision"><c>Allowed</c> or the denial reason, for a decision.</param>
    /// <returns>The entry recorded.</returns>
    public FakeTrailEntry Record(string? subjectId, string eventName, string explanation, string article, string? purpose = null, string? operation = null, string? decision = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        var entry = new FakeTrailEntry(_time.GetUtcNow(), subjectId, eventName, purpose, operation, decision, explanation, article);
        lock (_gate)
        {
            if (subjectId is not null)
            {
                KeyOf(subjectId);
            }

            _entries.Add(entry);
        }

        return entry;
    }

    /// <summary>Forgets every entry and key.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _keys.Clear();
        }
    }

    /// <inheritdoc />
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            FlushCount++;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public string? PseudonymOf(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        lock (_gate)
        {
            return _keys.TryGetValue(subjectId, out var key) ? Pseudonym(subjectId, key) : null;
        }
    }

    /// <inheritdoc />
    public Task<string?> ForgetAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        string? pseudonym;
        lock (_gate)
        {
            pseudonym = _keys.Remove(subjectId, out var key) ? Pseudonym(subjectId, key) : null;

            // The entries stay, as in the real trail's chain, but nothing links them to the person any more.
            for (var i = 0; i < _entries.Count; i++)
            {
                if (_entries[i].SubjectId == subjectId)
                {
                    _entries[i] = _entries[i] with { SubjectId = null };
                }
            }
        }

        Record(null, "SubjectErased", "Subject erased: their pseudonym key was destroyed", "Art. 17(1)");
        return Task.FromResult(pseudonym);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        lock (_gate)
        {
            IReadOnlyList<HistoryEntry> history =
                [.. _entries.Where(e => e.SubjectId == subjectId).Select(e => new HistoryEntry(e.Time, e.Event, e.Purpose, e.Operation, e.Decision, e.Explanation, e.Article))];
            return Task.FromResult(history);
        }
    }

    /// <summary>The subject's key, created when an entry about them is first recorded (after erasure, a new one, as in the real trail).</summary>
    private byte[] KeyOf(string subjectId)
    {
        if (!_keys.TryGetValue(subjectId, out var key))
        {
            _keys[subjectId] = key = RandomNumberGenerator.GetBytes(32);
        }

        return key;
    }

    private static string Pseudonym(string subjectId, byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(subjectId)));
}
