namespace LawfulBasis.Audit;

/// <summary>The tamper-evident audit trail every decision and register change is recorded in.</summary>
public interface IAuditTrail
{
    /// <summary>Where the trail is: its file, or for a database trail, the database and this instance's chain.</summary>
    string Path { get; }

    /// <summary>Waits until every event recorded before this call is written and flushed to the file.</summary>
    /// <param name="cancellationToken">Stops waiting (the events are still written).</param>
    /// <returns>A task that completes when the events are on disk.</returns>
    Task FlushAsync(CancellationToken cancellationToken = default);

    /// <summary>Computes a subject's pseudonym as it appears in the trail, or null when their key was destroyed (or never existed).</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The pseudonym, or null.</returns>
    string? PseudonymOf(string subjectId);

    /// <summary>
    /// Crypto-shreds a subject (Art. 17): waits until every event already recorded for them is written, destroys
    /// their pseudonym key, and records the erasure. Their past entries stay in the chain, which still verifies, but
    /// nothing links them to the person any more.
    /// </summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The pseudonym that can no longer be recomputed, or null when the subject had no key.</returns>
    Task<string?> ForgetAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The subject's entries in the trail, oldest first, found through their pseudonym after every event recorded so
    /// far is written (Art. 15(1): the processing of their data). Empty when they were never seen or were erased.
    /// </summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<Rights.HistoryEntry>> HistoryAsync(string subjectId, CancellationToken cancellationToken = default);
}
