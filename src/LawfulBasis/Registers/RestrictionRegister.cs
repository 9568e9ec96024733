using System.Collections.Concurrent;
using System.Collections.Immutable;
using LawfulBasis.Audit;

namespace LawfulBasis.Registers;

/// <summary>The restriction register: entries persisted in a store, the grounds in force per subject kept for the gate.</summary>
internal sealed class RestrictionRegister : IRestrictionRegister
{
    private readonly SubjectHistory<RestrictionRecord> _history;
    private readonly ConcurrentDictionary<string, ImmutableHashSet<RestrictionGround>> _active = new(StringComparer.Ordinal);
    private readonly AuditTrail _trail;
    private readonly TimeProvider _time;

    public RestrictionRegister(IRecordStore<RestrictionRecord> store, AuditTrail trail, TimeProvider time)
    {
        _trail = trail;
        _time = time;
        _history = new SubjectHistory<RestrictionRecord>(store, r => r.SubjectId);
        foreach (var record in _history.All)
        {
            Apply(record);
        }
    }

    public RestrictionRecord Restrict(string subjectId, RestrictionGround ground) => Record(subjectId, ground, true);

    public RestrictionRecord Lift(string subjectId, RestrictionGround ground) => Record(subjectId, ground, false);

    public bool IsRestricted(string subjectId) => _active.TryGetValue(subjectId, out var grounds) && !grounds.IsEmpty;

    public IReadOnlyList<RestrictionRecord> History(string subjectId) => _history.Of(subjectId);

    private RestrictionRecord Record(string subjectId, RestrictionGround ground, bool restricted)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        if (!Enum.IsDefined(ground))
        {
            throw new ArgumentOutOfRangeException(nameof(ground), ground, "Use one of the Art. 18(1) grounds of RestrictionGround.");
        }

        var record = new RestrictionRecord(subjectId, restricted, ground, _time.GetUtcNow());
        _history.Append(record);
        Apply(record);
        var point = (char)('a' + (int)ground);
        _trail.Record(new AuditRecord(record.At, AuditEventKind.Restriction, null, default, default,
            restricted ? $"Processing restricted on ground Art. 18(1)({point}); only storage is allowed" : $"Restriction on ground Art. 18(1)({point}) lifted",
            restricted ? "Art. 18(1)" : "Art. 18(3)", null, null, null, 0, System.Diagnostics.Activity.Current?.TraceId ?? default, subjectId));
        return record;
    }

    private void Apply(RestrictionRecord record) =>
        _active.AddOrUpdate(
            record.SubjectId,
            _ => record.IsRestricted ? [record.Ground] : [],
            (_, grounds) => record.IsRestricted ? grounds.Add(record.Ground) : grounds.Remove(record.Ground));
}
