using LawfulBasis.Registers;

namespace LawfulBasis.Testing;

/// <summary>The records of one fake register, in memory and in order, safe to use from several threads.</summary>
/// <typeparam name="TRecord">The register's record type.</typeparam>
internal sealed class RecordList<TRecord>
    where TRecord : ISubjectRecord
{
    private readonly object _gate = new();
    private readonly List<TRecord> _records = [];

    /// <summary>Every record, oldest first (a snapshot).</summary>
    public IReadOnlyList<TRecord> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _records];
            }
        }
    }

    /// <summary>Appends a record.</summary>
    public TRecord Add(TRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }

        return record;
    }

    /// <summary>One subject's records, oldest first.</summary>
    public IReadOnlyList<TRecord> ForSubject(string subjectId)
    {
        lock (_gate)
        {
            return [.. _records.Where(r => r.SubjectId == subjectId)];
        }
    }
}
