namespace LawfulBasis.Rights;

/// <summary>
/// Everything one store holds about data subjects for one personal-data type: implement it once per type, register
/// it with <c>services.AddSubjectDataSource&lt;TSource&gt;()</c>, and access, portability and erasure requests reach
/// that store. Every <see cref="DataSubjectAttribute"/> type needs a source or an explicit exemption, or the host
/// does not start.
/// </summary>
public interface ISubjectDataSource
{
    /// <summary>The personal-data type (carrying <see cref="DataSubjectAttribute"/>) whose records this source holds.</summary>
    Type DataType { get; }

    /// <summary>A name for people, for example <c>"Customer accounts (orders database)"</c>.</summary>
    string Name { get; }

    /// <summary>Where the data comes from.</summary>
    DataProvenance Provenance { get; }

    /// <summary>Every record held about the subject: the copy of Art. 15(3).</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The records, serialisable to JSON.</returns>
    Task<IReadOnlyList<object>> FindAsync(string subjectId, CancellationToken cancellationToken);

    /// <summary>Erases or irreversibly anonymises every record held about the subject. Must be safe to run twice.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="cancellationToken">Cancels the erasure.</param>
    /// <returns>What was done.</returns>
    Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken);
}
