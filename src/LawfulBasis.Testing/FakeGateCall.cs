using LawfulBasis.Processing;

namespace LawfulBasis.Testing;

/// <summary>One question a <see cref="FakeProcessingGate"/> was asked, with the answer it gave.</summary>
/// <param name="PurposeType">The purpose type the code named (<c>Begin&lt;TPurpose&gt;</c>).</param>
/// <param name="SubjectId">The data subject.</param>
/// <param name="Operation">The operation.</param>
/// <param name="Context">The context the code passed: actor, collection time, Art. 18(2) exception.</param>
/// <param name="Decision">The decision the gate returned (or threw with).</param>
/// <param name="Time">When it was asked, by the gate's <see cref="TimeProvider"/>.</param>
/// <param name="Member">The calling member, as the compiler filled it in.</param>
/// <param name="File">The calling file, as the compiler filled it in.</param>
/// <param name="Line">The calling line, as the compiler filled it in.</param>
/// <param name="Threw">Whether the call was <c>Begin</c> and threw <see cref="ProcessingDeniedException"/>.</param>
public sealed record FakeGateCall(
    Type PurposeType,
    string SubjectId,
    ProcessingOperation Operation,
    ProcessingContext Context,
    ProcessingDecision Decision,
    DateTimeOffset Time,
    string Member,
    string File,
    int Line,
    bool Threw)
{
    /// <summary>Whether the gate allowed the operation.</summary>
    public bool IsAllowed => Decision.IsAllowed;
}
