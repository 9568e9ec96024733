namespace LawfulBasis.Registers;

/// <summary>Restrictions of processing (Art. 18): while restricted, the gate allows only storage (and erasure).</summary>
public interface IRestrictionRegister
{
    /// <summary>Restricts processing of the subject's data.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="ground">The Art. 18(1) ground.</param>
    /// <returns>The recorded entry.</returns>
    RestrictionRecord Restrict(string subjectId, RestrictionGround ground);

    /// <summary>Lifts the restriction; tell the subject first (Art. 18(3)).</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="ground">The ground that no longer applies.</param>
    /// <returns>The recorded entry.</returns>
    RestrictionRecord Lift(string subjectId, RestrictionGround ground);

    /// <summary>Whether processing of the subject's data is restricted now.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>True when restricted.</returns>
    bool IsRestricted(string subjectId);

    /// <summary>Every entry for the subject, oldest first.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The history.</returns>
    IReadOnlyList<RestrictionRecord> History(string subjectId);
}
