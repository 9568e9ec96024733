namespace LawfulBasis.Audit;

/// <summary>
/// Holds one secret per data subject, kept apart from the audit trail. A subject's pseudonym in the trail is an
/// HMAC-SHA256 of their identifier under their secret; deleting the secret (crypto-shredding, on erasure) makes
/// their past entries unlinkable to them while the chain still verifies.
/// </summary>
public interface IPseudonymKeyStore
{
    /// <summary>The subject's secret, created on first use. A new secret may be buffered until <see cref="Flush"/>.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The secret (32 bytes).</returns>
    byte[] GetOrCreate(string subjectId);

    /// <summary>The subject's secret, or null when they have none (never seen, or erased).</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The secret, or null.</returns>
    byte[]? Find(string subjectId);

    /// <summary>Destroys the subject's secret for good.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>Whether a secret existed.</returns>
    bool Delete(string subjectId);

    /// <summary>
    /// Makes every secret created so far durable. The trail calls it once per batch, before writing entries that use
    /// them, so creating many subjects costs one disk flush per batch rather than one per subject.
    /// </summary>
    void Flush();
}
