using LawfulBasis.Rights;

namespace LawfulBasis.Registers;

/// <summary>
/// Which subjects were erased, and which purposes kept data under Art. 17(3); read by the gate. A record keeps the day of
/// the erasure, not its time, and the file is kept sorted by day and keyed subject rather than in the order of the
/// erasures: neither its time nor its position matches the trail's erasure entry, which carries the destroyed
/// pseudonym, so whoever holds the register key and a person's id finds that the person was erased, not which of the
/// trail's entries were theirs.
/// </summary>
internal sealed class ErasureRegister
{
    private readonly IRecordStore<ErasureRecord> _store;

    public ErasureRegister(IRecordStore<ErasureRecord> store) => _store = store;

    public ErasureRecord? Find(string subjectId) => _store.ReadSubject(subjectId) is { Count: > 0 } records ? records[^1] : null;

    public void Add(ErasureRecord record)
    {
        var day = CoarseTime.Day(record.At);
        if (_store is IRewritableRecordStore<ErasureRecord> { IsWritable: true } rewritable)
        {
            rewritable.AppendAmong(record with { At = day }, r => r.At == day, records => records.OrderBy(r => r.At).ThenBy(r => r.SubjectId, StringComparer.Ordinal));
        }
        else
        {
            _store.Append(record with { At = day });
        }
    }
}
