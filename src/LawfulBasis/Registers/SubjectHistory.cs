namespace LawfulBasis.Registers;

/// <summary>
/// The records of one register, grouped by subject, persisted through an <see cref="IRecordStore{TRecord}"/>: the
/// store is written first, so memory never holds a record the disk does not.
/// </summary>
internal sealed class SubjectHistory<TRecord>
    where TRecord : class
{
    private readonly IRecordStore<TRecord> _store;
    private readonly Func<TRecord, string> _subjectOf;
    private readonly Dictionary<string, List<TRecord>> _bySubject = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public SubjectHistory(IRecordStore<TRecord> store, Func<TRecord, string> subjectOf)
    {
        _store = store;
        _subjectOf = subjectOf;
        All = store.ReadAll();
        foreach (var record in All)
        {
            Remember(record);
        }
    }

    /// <summary>The records read at start-up, for the register to build its current state from.</summary>
    public IReadOnlyList<TRecord> All { get; }

    public void Append(TRecord record)
    {
        lock (_gate)
        {
            _store.Append(record);
            Remember(record);
        }
    }

    public IReadOnlyList<TRecord> Of(string subjectId)
    {
        lock (_gate)
        {
            return _bySubject.TryGetValue(subjectId, out var records) ? [.. records] : [];
        }
    }

    private void Remember(TRecord record)
    {
        var subject = _subjectOf(record);
        if (!_bySubject.TryGetValue(subject, out var records))
        {
            _bySubject[subject] = records = [];
        }

        records.Add(record);
    }
}
