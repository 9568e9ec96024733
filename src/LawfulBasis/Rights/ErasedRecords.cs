namespace LawfulBasis.Rights;

/// <summary>
/// What a source did, on erasure, to the subject's records of one personal-data type: how many it deleted, how many it
/// anonymised (their personal-data members cleared, except those an Art. 17(3) exception keeps) and how many it kept
/// unchanged (retained, or holding nothing left to clear). Counts only: a receipt proves what went without repeating it.
/// </summary>
public sealed record ErasedRecords
{
    /// <summary>Creates the counts for one data type.</summary>
    /// <param name="dataType">The personal-data type: the source's <see cref="ISubjectDataSource.DataType"/> or a related type it reached.</param>
    /// <param name="erased">Records deleted.</param>
    /// <param name="anonymised">Records anonymised: still there, holding only what is retained.</param>
    /// <param name="kept">Records left as they were.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public ErasedRecords(Type dataType, int erased, int anonymised, int kept = 0)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        ArgumentOutOfRangeException.ThrowIfNegative(erased);
        ArgumentOutOfRangeException.ThrowIfNegative(anonymised);
        ArgumentOutOfRangeException.ThrowIfNegative(kept);
        DataType = dataType;
        Erased = erased;
        Anonymised = anonymised;
        Kept = kept;
    }

    /// <summary>The personal-data type.</summary>
    public Type DataType { get; }

    /// <summary>Records deleted.</summary>
    public int Erased { get; }

    /// <summary>Records anonymised: still there, holding only what an Art. 17(3) exception keeps.</summary>
    public int Anonymised { get; }

    /// <summary>Records left as they were.</summary>
    public int Kept { get; }
}
