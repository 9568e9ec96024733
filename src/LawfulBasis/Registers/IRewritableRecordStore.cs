namespace LawfulBasis.Registers;

/// <summary>
/// A record store LawfulBasis may change after the fact, for what an erasure and the request ledger's pseudonymisation
/// need (the embedded files and PostgreSQL): remove an erased subject's records, hide which record was written last, and
/// rewrite closed requests keyed. Another <see cref="IRecordStore{TRecord}"/> is only appended to, and an erasure names
/// the register the application must clean itself.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
internal interface IRewritableRecordStore<TRecord> : IRecordStore<TRecord>
    where TRecord : class, ISubjectRecord
{
    /// <summary>Whether this store may change its records (false for a reader beside the process that writes them).</summary>
    bool IsWritable { get; }

    /// <summary>Removes a subject's records, except those <paramref name="keep"/> says must stay.</summary>
    /// <param name="subjectId">The raw subject id.</param>
    /// <param name="keep">Which of the subject's records stay.</param>
    /// <returns>How many records were removed.</returns>
    int Forget(string subjectId, Func<TRecord, bool> keep);

    /// <summary>
    /// Appends <paramref name="record"/>, then writes it again with the records <paramref name="among"/> selects, in the
    /// order <paramref name="order"/> gives: afterwards neither their positions nor their writes tell which of them was
    /// appended last (the erasure register, whose order would otherwise match the trail's erasure entries).
    /// </summary>
    /// <param name="record">The record, as it is to be stored.</param>
    /// <param name="among">The records written again with it (those of the same day).</param>
    /// <param name="order">Their order.</param>
    void AppendAmong(TRecord record, Func<TRecord, bool> among, Func<IEnumerable<TRecord>, IOrderedEnumerable<TRecord>> order);

    /// <summary>
    /// Writes what <paramref name="change"/> makes of the records (every record; each subject's oldest first), when it
    /// returns a new list; null changes nothing. A record's subject may change (the request ledger pseudonymises closed
    /// requests this way).
    /// </summary>
    /// <param name="change">Gives the new records, or null.</param>
    /// <returns>Whether anything was written.</returns>
    bool Replace(Func<IReadOnlyList<TRecord>, IReadOnlyList<TRecord>?> change);
}
