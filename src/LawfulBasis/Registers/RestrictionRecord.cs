namespace LawfulBasis.Registers;

/// <summary>The grounds of Art. 18(1) on which processing is restricted.</summary>
public enum RestrictionGround
{
    /// <summary>Art. 18(1)(a): the subject contests the accuracy of the data, while it is verified.</summary>
    AccuracyContested = 0,

    /// <summary>Art. 18(1)(b): the processing is unlawful and the subject opposes erasure.</summary>
    UnlawfulProcessing = 1,

    /// <summary>Art. 18(1)(c): the controller no longer needs the data but the subject needs it for legal claims.</summary>
    NeededForLegalClaims = 2,

    /// <summary>Art. 18(1)(d): the subject objected, pending verification of the controller's grounds.</summary>
    ObjectionPending = 3,
}

/// <summary>One entry of the restriction register (Art. 18).</summary>
/// <param name="SubjectId">The data subject.</param>
/// <param name="IsRestricted">True when restriction is imposed, false when it is lifted (after telling the subject, Art. 18(3)).</param>
/// <param name="Ground">The Art. 18(1) ground.</param>
/// <param name="At">When.</param>
/// <param name="PurposeId">The purpose restricted, or null when every purpose is (for example accuracy contested for all data).</param>
public sealed record RestrictionRecord(string SubjectId, bool IsRestricted, RestrictionGround Ground, DateTimeOffset At, string? PurposeId = null) : ISubjectRecord;
