using System.Diagnostics;
using LawfulBasis.Processing;

namespace LawfulBasis.Audit;

/// <summary>
/// One event as the caller hands it to the trail: references and numbers only, so that building it allocates nothing.
/// The writer turns it into a canonical line (pseudonym, ids and hashing happen there). A
/// <see cref="AuditEventKind.SubjectErased"/> record asks the writer itself to destroy the subject's key, in queue
/// order, and to put the pseudonym that was destroyed in <see cref="Forgotten"/>.
/// </summary>
internal readonly record struct AuditRecord(
    DateTimeOffset Time,
    AuditEventKind Kind,
    AuditedPurpose? Purpose,
    ProcessingOperation Operation,
    DenialReason Reason,
    string Explanation,
    string Article,
    string? Actor,
    string? Member,
    string? File,
    int Line,
    ActivityTraceId TraceId,
    string? SubjectId,
    TaskCompletionSource? Written = null,
    System.Runtime.CompilerServices.StrongBox<string?>? Forgotten = null);
