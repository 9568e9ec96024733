namespace LawfulBasis.Registers;

/// <summary>What an objection record says.</summary>
public enum ObjectionAction
{
    /// <summary>The subject objected (Art. 21(1)–(2)).</summary>
    Raised = 0,

    /// <summary>The controller demonstrated compelling legitimate grounds that override the objection (Art. 21(1)); never for direct marketing.</summary>
    Overridden = 1,

    /// <summary>The subject withdrew the objection.</summary>
    Withdrawn = 2,
}

/// <summary>One entry of the objection register (Art. 21).</summary>
/// <param name="SubjectId">The data subject.</param>
/// <param name="PurposeId">The purpose objected to, or null for every purpose open to objection.</param>
/// <param name="Action">Raised, overridden or withdrawn.</param>
/// <param name="At">When.</param>
/// <param name="Reference">For an override, where the compelling grounds are documented.</param>
public sealed record ObjectionRecord(string SubjectId, string? PurposeId, ObjectionAction Action, DateTimeOffset At, string? Reference) : ISubjectRecord;
