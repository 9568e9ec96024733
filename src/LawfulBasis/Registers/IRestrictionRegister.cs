namespace LawfulBasis.Registers;

/// <summary>
/// Restrictions of processing (Art. 18), for every purpose or for one: while restricted, the gate allows only storage,
/// unless an Art. 18(2) exception is named; it refuses erasure too, since restriction exists to keep the data (18(1)(b), (c)).
/// </summary>
public interface IRestrictionRegister
{
    /// <summary>Restricts processing of the subject's data, for one purpose or (when <paramref name="purpose"/> is null) all.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="ground">The Art. 18(1) ground.</param>
    /// <param name="purpose">The purpose restricted, or null for every purpose.</param>
    /// <returns>The recorded entry.</returns>
    RestrictionRecord Restrict(string subjectId, RestrictionGround ground, PurposeDeclaration? purpose = null);

    /// <summary>Lifts the restriction; tell the subject first (Art. 18(3)).</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="ground">The ground that no longer applies.</param>
    /// <param name="purpose">The purpose it was imposed for, or null when it was imposed for every purpose.</param>
    /// <returns>The recorded entry.</returns>
    RestrictionRecord Lift(string subjectId, RestrictionGround ground, PurposeDeclaration? purpose = null);

    /// <summary>Whether any processing of the subject's data is restricted now.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>True when restricted for at least one purpose.</returns>
    bool IsRestricted(string subjectId);

    /// <summary>Whether processing of the subject's data for <paramref name="purpose"/> is restricted now.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">The purpose.</param>
    /// <returns>True when a restriction for that purpose or for every purpose is in force.</returns>
    bool IsRestricted(string subjectId, PurposeDeclaration purpose);

    /// <summary>Every entry for the subject, oldest first.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The history.</returns>
    IReadOnlyList<RestrictionRecord> History(string subjectId);
}
