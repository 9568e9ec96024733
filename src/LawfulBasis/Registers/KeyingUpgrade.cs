namespace LawfulBasis.Registers;

/// <summary>
/// What a register does, besides keying its subjects, when it opens a file written before registers were keyed (raw
/// ids) for writing: the erasure register uses it to trim the records of subjects erased before the upgrade, as an
/// erasure now trims them, and to cut and sort its own records as it now keeps them.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <param name="Pending">
/// Whether a record already keyed still needs the upgrade: an earlier version keyed files without doing the rest.
/// </param>
/// <param name="BeforeKeying">
/// Called with the records to upgrade (those that still name their subject by raw id, and those <paramref name="Pending"/>
/// selects) before the file is rewritten: the only moment the raw ids are known. It must be safe to run again (a crash
/// before the rewrite runs it at the next start).
/// </param>
/// <param name="AfterKeying">Gives the records (every one, keyed) as the rewritten file is to hold them.</param>
internal sealed record KeyingUpgrade<TRecord>(Func<TRecord, bool> Pending, Action<IReadOnlyList<TRecord>> BeforeKeying, Func<IEnumerable<TRecord>, IEnumerable<TRecord>> AfterKeying)
    where TRecord : class, ISubjectRecord;
