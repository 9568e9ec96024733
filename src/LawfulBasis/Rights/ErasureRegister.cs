using System.Collections.Concurrent;
using LawfulBasis.Registers;

namespace LawfulBasis.Rights;

/// <summary>Which subjects were erased, and which purposes kept data under Art. 17(3); read by the gate.</summary>
internal sealed class ErasureRegister
{
    private readonly IRecordStore<ErasureRecord> _store;
    private readonly ConcurrentDictionary<string, ErasureRecord> _erased = new(StringComparer.Ordinal);

    public ErasureRegister(IRecordStore<ErasureRecord> store)
    {
        _store = store;
        foreach (var record in store.ReadAll())
        {
            _erased[record.SubjectId] = record;
        }
    }

    public ErasureRecord? Find(string subjectId) => _erased.GetValueOrDefault(subjectId);

    public void Add(ErasureRecord record)
    {
        _store.Append(record);
        _erased[record.SubjectId] = record;
    }
}
