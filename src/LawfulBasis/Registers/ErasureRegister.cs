using LawfulBasis.Rights;

namespace LawfulBasis.Registers;

/// <summary>Which subjects were erased, and which purposes kept data under Art. 17(3); read by the gate.</summary>
internal sealed class ErasureRegister
{
    private readonly IRecordStore<ErasureRecord> _store;

    public ErasureRegister(IRecordStore<ErasureRecord> store) => _store = store;

    public ErasureRecord? Find(string subjectId) => _store.ReadSubject(subjectId) is { Count: > 0 } records ? records[^1] : null;

    public void Add(ErasureRecord record) => _store.Append(record);
}
