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

    /// <summary>
    /// The upgrade of an erasure register written before registers were keyed, done as PostgreSQL's schema upgrade does
    /// it: the consent, objection and restriction records of the subjects it names are removed as their erasure would
    /// remove them now (<paramref name="eraser"/>, by the raw ids the old file still holds), and its records keep the day
    /// only, sorted by day and keyed subject.
    /// </summary>
    /// <param name="eraser">Removes records from the other registers.</param>
    /// <returns>The upgrade, for the erasure register's file store.</returns>
    /// <remarks>
    /// The previous version keyed the file without the rest: its records keep their time of day, which no erasure made
    /// since has (they keep the day), so such a record is upgraded too, by its keyed subject.
    /// </remarks>
    public static KeyingUpgrade<ErasureRecord> UpgradeFromRawIds(RegisterEraser eraser) => new(
        r => r.At != CoarseTime.Day(r.At),
        eraser.ForgetErasedBeforeKeying,
        records => InFileOrder(records.Select(r => r with { At = CoarseTime.Day(r.At) })));

    /// <summary>How the records are ordered in a store that has one order (a file): by day, then keyed subject.</summary>
    private static IOrderedEnumerable<ErasureRecord> InFileOrder(IEnumerable<ErasureRecord> records) =>
        records.OrderBy(r => r.At).ThenBy(r => r.SubjectId, StringComparer.Ordinal);

    public void Add(ErasureRecord record)
    {
        var day = CoarseTime.Day(record.At);
        if (_store is IRewritableRecordStore<ErasureRecord> { IsWritable: true } rewritable)
        {
            rewritable.AppendAmong(record with { At = day }, r => r.At == day, InFileOrder);
        }
        else
        {
            _store.Append(record with { At = day });
        }
    }
}
