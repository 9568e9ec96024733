namespace LawfulBasis.Registers;

/// <summary>
/// Legal holds: a subject's data kept because it is needed for the establishment, exercise or defence of legal claims
/// (Art. 17(3)(e)). While a hold is in force, erasure plans retain the subject's data and the gate refuses
/// <see cref="Processing.ProcessingOperation.Erase"/>. Each hold has a reason and an end, so it cannot outlive its need.
/// </summary>
public interface ILegalHoldRegister
{
    /// <summary>Places a hold on the subject's data.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="reason">The claim or proceedings, which also identifies the hold.</param>
    /// <param name="until">When the hold ends by itself, or null to keep it until released.</param>
    /// <returns>The recorded entry.</returns>
    LegalHoldRecord Place(string subjectId, string reason, DateTimeOffset? until = null);

    /// <summary>Releases the hold placed for <paramref name="reason"/>.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="reason">The reason the hold was placed with.</param>
    /// <returns>The recorded entry.</returns>
    LegalHoldRecord Release(string subjectId, string reason);

    /// <summary>The holds in force now: placed, not released, and not past their end.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The holds, oldest first.</returns>
    IReadOnlyList<LegalHoldRecord> InForce(string subjectId);

    /// <summary>Every entry for the subject, oldest first.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The history.</returns>
    IReadOnlyList<LegalHoldRecord> History(string subjectId);
}
