namespace LawfulBasis.Registers;

/// <summary>
/// Where a register keeps its records: consents, objections, restrictions, requests, erasures. Appended to, so the
/// history stays available as evidence (Art. 5(2), 7(1)); the embedded files and PostgreSQL also let an erasure remove
/// the subject's records no retained purpose needs, and the request ledger rewrite closed requests keyed. The registers keep no state of their own: every question
/// ("has this subject withdrawn consent?") is answered from the store, so instances sharing a store (PostgreSQL) see
/// each other's records at once. Replace the embedded JSON Lines default by registering your own implementation.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
public interface IRecordStore<TRecord>
    where TRecord : ISubjectRecord
{
    /// <summary>
    /// Reads every record, each subject's oldest first. The order across subjects is the store's own (PostgreSQL sorts
    /// by the stored subject): a store should not keep one that follows the order of appending, which matches the trail's.
    /// </summary>
    /// <returns>The records.</returns>
    /// <exception cref="InvalidDataException">The store is corrupt; the message names where.</exception>
    IReadOnlyList<TRecord> ReadAll();

    /// <summary>Reads one subject's records, oldest first. The processing gate calls it on its hot path: keep it indexed.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The records; empty when there are none.</returns>
    IReadOnlyList<TRecord> ReadSubject(string subjectId);

    /// <summary>Appends one record durably: when this returns, the record survives a crash and every reader sees it.</summary>
    /// <param name="record">The record.</param>
    void Append(TRecord record);
}
