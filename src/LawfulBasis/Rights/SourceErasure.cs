namespace LawfulBasis.Rights;

/// <summary>
/// What a source did when it carried out its step of an erasure plan
/// (<see cref="ISubjectDataSource.EraseAsync(string, ErasureStep, CancellationToken)"/>): the outcome, and the records
/// per data type it reached, its own and the related ones, so that the erasure receipt can prove what went (Art. 5(2), 17).
/// </summary>
/// <param name="Outcome">What was done, as <see cref="ISubjectDataSource.EraseAsync(string, CancellationToken)"/> reports it.</param>
/// <param name="Records">The counts per data type; empty when the source does not count.</param>
public sealed record SourceErasure(ErasureOutcome Outcome, IReadOnlyList<ErasedRecords> Records);
