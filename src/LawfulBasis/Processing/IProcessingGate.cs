using System.Runtime.CompilerServices;

namespace LawfulBasis.Processing;

/// <summary>
/// Decides, for one operation on one data subject under one purpose, whether it is lawful now — purpose declared,
/// consent given and not withdrawn, no upheld objection, not restricted, within retention — and records every
/// decision, allowed or denied, in the audit trail.
/// </summary>
/// <remarks>
/// The caller pays only for the decision and a small enqueue: pseudonymisation, hashing and file I/O happen on the
/// trail's writer. The caller's member, file and line are recorded as the code site.
/// </remarks>
public interface IProcessingGate
{
    /// <summary>Decides and records an operation; throws when it is denied.</summary>
    /// <typeparam name="TPurpose">The purpose the operation serves.</typeparam>
    /// <param name="subjectId">The data subject's identifier (never written to the trail: it is pseudonymised).</param>
    /// <param name="operation">What is done with the data.</param>
    /// <param name="context">Optional actor and collection time.</param>
    /// <param name="member">Filled in by the compiler.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <returns>The allowed decision.</returns>
    /// <exception cref="ProcessingDeniedException">The operation is not lawful now; the decision says why.</exception>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is empty.</exception>
    ProcessingDecision Begin<TPurpose>(
        string subjectId,
        ProcessingOperation operation,
        ProcessingContext context = default,
        [CallerMemberName] string member = "",
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0);

    /// <summary>Decides and records an operation without throwing.</summary>
    /// <typeparam name="TPurpose">The purpose the operation serves.</typeparam>
    /// <param name="subjectId">The data subject's identifier (never written to the trail: it is pseudonymised).</param>
    /// <param name="operation">What is done with the data.</param>
    /// <param name="decision">The decision, allowed or denied.</param>
    /// <param name="context">Optional actor and collection time.</param>
    /// <param name="member">Filled in by the compiler.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <returns>Whether the operation is allowed.</returns>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is empty.</exception>
    bool TryBegin<TPurpose>(
        string subjectId,
        ProcessingOperation operation,
        out ProcessingDecision decision,
        ProcessingContext context = default,
        [CallerMemberName] string member = "",
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0);
}
