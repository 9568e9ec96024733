namespace LawfulBasis.Registers;

/// <summary>One entry of the legal-hold register (Art. 17(3)(e)).</summary>
/// <param name="SubjectId">The data subject.</param>
/// <param name="IsHeld">True when the hold is placed, false when it is released.</param>
/// <param name="Reason">The claim or proceedings the data is kept for, for example <c>"Case 2026/114, Paris commercial court"</c>; identifies the hold.</param>
/// <param name="At">When.</param>
/// <param name="Until">When the hold ends by itself (for example the limitation period), or null until it is released.</param>
public sealed record LegalHoldRecord(string SubjectId, bool IsHeld, string Reason, DateTimeOffset At, DateTimeOffset? Until) : ISubjectRecord;
