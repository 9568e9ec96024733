using System.Diagnostics;
using LawfulBasis.Processing;

namespace LawfulBasis.Audit;

/// <summary>
/// One event as the caller hands it to the trail: references and numbers only, so that building it allocates nothing.
/// The writer turns it into a canonical line (pseudonym, ids and hashing happen there). Requests to the writer (flush,
/// erase) are not records: they travel beside them in the writer's queue.
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
    string? SubjectId);
