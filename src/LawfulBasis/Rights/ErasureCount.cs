namespace LawfulBasis.Rights;

/// <summary>
/// One data type's line in an erasure receipt: how many of the subject's records were erased, anonymised or kept, with
/// the type's categories, so the controller can show what went (Art. 5(2), 17(1)). Counts, types and categories only,
/// never the values erased.
/// </summary>
/// <param name="DataType">The personal-data type's name.</param>
/// <param name="Categories">The categories it holds (a special category is Art. 9(1) data, a criminal one Art. 10).</param>
/// <param name="Related">Whether it was reached as data belonging to the source's own type (an order of the customer), rather than being that type.</param>
/// <param name="Erased">Records deleted.</param>
/// <param name="Anonymised">Records anonymised: still there, holding only <paramref name="RetainedMembers"/>.</param>
/// <param name="Kept">Records left as they were.</param>
/// <param name="RetainedMembers">The members an Art. 17(3) exception keeps in anonymised or kept records; empty when none.</param>
/// <param name="Article">The ground: Art. 17(1), or the Art. 17(3) exception that keeps <paramref name="RetainedMembers"/>.</param>
public sealed record ErasureCount(
    string DataType,
    IReadOnlyList<DataCategory> Categories,
    bool Related,
    int Erased,
    int Anonymised,
    int Kept,
    IReadOnlyList<string> RetainedMembers,
    string Article);
