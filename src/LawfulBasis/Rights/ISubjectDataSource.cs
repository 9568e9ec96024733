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

    /// <summary>
    /// Erases or irreversibly anonymises every member of the subject's records except <paramref name="retainedMembers"/>,
    /// which an Art. 17(3) exception keeps ("to the extent that processing is necessary"). Must be safe to run twice.
    /// </summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="retainedMembers">The names of the members to keep, as declared on <see cref="DataType"/>.</param>
    /// <param name="cancellationToken">Cancels the erasure.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="NotSupportedException">
    /// The default: the source cannot erase part of a record. The erasure request then stays open with this reason
    /// rather than keeping more than the exception allows; implement this method to finish it.
    /// </exception>
    Task<ErasureOutcome> EraseExceptAsync(string subjectId, IReadOnlySet<string> retainedMembers, CancellationToken cancellationToken) =>
        throw new NotSupportedException(
            $"Source \"{Name}\" cannot erase part of a record: implement ISubjectDataSource.EraseExceptAsync to erase every member of {DataType.Name} except {string.Join(", ", retainedMembers)}");

    /// <summary>
    /// The personal-data types, other than <see cref="DataType"/>, whose records this source erases together with the
    /// subject's (rows that belong to them: an order, an allergy note). The erasure plan lists them with a decision each,
    /// before anything is erased, and hands them to <see cref="EraseAsync(string, ErasureStep, CancellationToken)"/>.
    /// The default reaches none.
    /// </summary>
    IReadOnlyList<Type> RelatedDataTypes => [];

    /// <summary>
    /// Carries out this source's step of the erasure plan and reports what was done, per data type: how many records
    /// were erased, anonymised or kept, for <see cref="DataType"/> and each related type of
    /// <see cref="ErasureStep.Related"/> (whose own decisions, and retained members, the source follows). Counts only:
    /// never the values erased. Must be safe to run twice.
    /// </summary>
    /// <remarks>
    /// The default calls <see cref="EraseAsync(string, CancellationToken)"/> or, for
    /// <see cref="ErasureDecision.EraseExceptRetained"/>, <see cref="EraseExceptAsync"/>, and reports no counts: the
    /// receipt then states the outcome only. Implement it so the receipt proves what went.
    /// </remarks>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="step">This source's step: <see cref="ErasureDecision.Erase"/> or <see cref="ErasureDecision.EraseExceptRetained"/>.</param>
    /// <param name="cancellationToken">Cancels the erasure.</param>
    /// <returns>The outcome and the counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="step"/> retains everything: there is nothing to carry out.</exception>
    async Task<SourceErasure> EraseAsync(string subjectId, ErasureStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var outcome = step.Decision switch
        {
            ErasureDecision.Erase => await EraseAsync(subjectId, cancellationToken).ConfigureAwait(false),
            ErasureDecision.EraseExceptRetained => await EraseExceptAsync(subjectId, (step.RetainedMembers ?? []).ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentException($"The step for \"{step.Source}\" retains {step.DataType} ({step.Article}): there is nothing to erase, so it is not handed to the source.", nameof(step)),
        };
        return new SourceErasure(outcome, []);
    }

    /// <summary>
    /// When the retention period of one of <see cref="FindAsync"/>'s records starts: its collection date or the event the
    /// retention runs from (for example the invoice date). Erasure receipts then state when retained data will go;
    /// without it they state the criterion (Art. 15(1)(d), 17(3)). The default knows no date.
    /// </summary>
    /// <param name="record">A record returned by <see cref="FindAsync"/>.</param>
    /// <returns>The start of its retention, or null when unknown.</returns>
    DateTimeOffset? RetentionStartOf(object record) => null;
}
