using LawfulBasis.Audit;

namespace LawfulBasis.Registers;

/// <summary>The restriction register: entries persisted in a store, the grounds in force per subject kept for the gate.</summary>
internal sealed class RestrictionRegister : IRestrictionRegister
{
    private readonly IRecordStore<RestrictionRecord> _store;
    private readonly AuditTrail _trail;
    private readonly TimeProvider _time;

    public RestrictionRegister(IRecordStore<RestrictionRecord> store, AuditTrail trail, TimeProvider time)
    {
        _trail = trail;
        _time = time;
        _store = store;
    }

    public RestrictionRecord Restrict(string subjectId, RestrictionGround ground) => Record(subjectId, ground, true);

    public RestrictionRecord Lift(string subjectId, RestrictionGround ground) => Record(subjectId, ground, false);

    /// <summary>Whether any Art. 18(1) ground is in force: for each ground, the latest record decides.</summary>
    public bool IsRestricted(string subjectId)
    {
        var records = _store.ReadSubject(subjectId);
        if (records.Count == 0)
        {
            return false;
        }

        Span<bool> decided = stackalloc bool[Enum.GetValues<RestrictionGround>().Length];
        for (var i = records.Count - 1; i >= 0; i--)
        {
            var ground = (int)records[i].Ground;
            if (!decided[ground])
            {
                if (records[i].IsRestricted)
                {
                    return true;
                }

                decided[ground] = true;
            }
        }

        return false;
    }

    public IReadOnlyList<RestrictionRecord> History(string subjectId) => _store.ReadSubject(subjectId);

    private RestrictionRecord Record(string subjectId, RestrictionGround ground, bool restricted)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        if (!Enum.IsDefined(ground))
        {
            throw new ArgumentOutOfRangeException(nameof(ground), ground, "Use one of the Art. 18(1) grounds of RestrictionGround.");
        }

        var record = new RestrictionRecord(subjectId, restricted, ground, _time.GetUtcNow());
        _store.Append(record);
        var point = (char)('a' + (int)ground);
        _trail.Record(new AuditRecord(record.At, AuditEventKind.Restriction, null, default, default,
            restricted ? $"Processing restricted on ground Art. 18(1)({point}); only storage is allowed" : $"Restriction on ground Art. 18(1)({point}) lifted",
            restricted ? "Art. 18(1)" : "Art. 18(3)", null, null, null, 0, System.Diagnostics.Activity.Current?.TraceId ?? default, subjectId));
        return record;
    }
}
