namespace LawfulBasis.Registers;

/// <summary>Whether a consent record gives or withdraws consent.</summary>
public enum ConsentAction
{
    /// <summary>The subject gave consent (Art. 6(1)(a), 7(1)).</summary>
    Given = 0,

    /// <summary>The subject withdrew consent (Art. 7(3)); processing stops for the future.</summary>
    Withdrawn = 1,
}

/// <summary>One consent receipt: who, for which purpose, when, under which notice, how, and whether explicitly (Art. 7(1), 9(2)(a)).</summary>
/// <param name="SubjectId">The data subject.</param>
/// <param name="PurposeId">The purpose's id (its full type name).</param>
/// <param name="Action">Given or withdrawn.</param>
/// <param name="At">When.</param>
/// <param name="NoticeVersion">The version or hash of the privacy notice shown, when known.</param>
/// <param name="Mechanism">How it was obtained, for example <c>"signup form checkbox"</c>.</param>
/// <param name="IsExplicit">Whether consent was explicit (an express statement), as Art. 9(2)(a) and 49(1)(a) require.</param>
public sealed record ConsentRecord(
    string SubjectId,
    string PurposeId,
    ConsentAction Action,
    DateTimeOffset At,
    string? NoticeVersion,
    string Mechanism,
    bool IsExplicit) : ISubjectRecord;
