using LawfulBasis.Registers;

namespace LawfulBasis.Rights;

/// <summary>What erasure does with one source's data.</summary>
public enum ErasureDecision
{
    /// <summary>Erase (or irreversibly anonymise) it.</summary>
    Erase = 0,

    /// <summary>Keep it: an Art. 17(3) exception, or a legal hold, applies to all of it.</summary>
    Retain = 1,

    /// <summary>Erase every member except <see cref="ErasureStep.RetainedMembers"/>, which an Art. 17(3) exception keeps.</summary>
    EraseExceptRetained = 2,
}

/// <summary>The plan for one source.</summary>
/// <param name="Source">The source's name.</param>
/// <param name="DataType">The personal-data type.</param>
/// <param name="Decision">Erase, retain, or erase all but the retained members.</param>
/// <param name="Article">The ground: Art. 17(1) for erasure, the Art. 17(3) exception for retention.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="RetainUntil">
/// When retention ends, when it is known without reading the records (a legal hold with an end); otherwise null and
/// <see cref="RetentionCriterion"/> says how it is decided. The erasure receipt computes it from each record's own date
/// when the source gives it (<see cref="ISubjectDataSource.RetentionStartOf"/>).
/// </param>
/// <param name="RetainedMembers">The members kept (all the type's members for <see cref="ErasureDecision.Retain"/>); empty for an erasure.</param>
/// <param name="RetentionCriterion">How long retained data is kept, in words (Art. 15(1)(d) allows criteria); null for an erasure.</param>
/// <param name="Categories">The personal-data categories <paramref name="DataType"/> holds (special categories are Art. 9(1) data).</param>
/// <param name="Related">
/// The related personal-data types the source erases together with <paramref name="DataType"/>'s records (an order or an
/// allergy note that belongs to the customer: <see cref="ISubjectDataSource.RelatedDataTypes"/>), each with its own
/// decision, since an Art. 17(3) exception may keep some of their members; empty when the source reaches none.
/// </param>
public sealed record ErasureStep(
    string Source,
    string DataType,
    ErasureDecision Decision,
    string Article,
    string Reason,
    DateTimeOffset? RetainUntil,
    IReadOnlyList<string>? RetainedMembers = null,
    string? RetentionCriterion = null,
    IReadOnlyList<DataCategory>? Categories = null,
    IReadOnlyList<ErasureStep>? Related = null);

/// <summary>The erasure plan (Art. 17): per source, erase or retain and why, decided from the declarations before anything is deleted.</summary>
/// <param name="SubjectId">The data subject.</param>
/// <param name="PlannedAt">When it was planned.</param>
/// <param name="Steps">One step per source.</param>
public sealed record ErasurePlan(string SubjectId, DateTimeOffset PlannedAt, IReadOnlyList<ErasureStep> Steps);

/// <summary>What happened at one source.</summary>
/// <param name="Source">The source's name.</param>
/// <param name="Decision">Erase or retain.</param>
/// <param name="Done">Whether this step is finished.</param>
/// <param name="Outcome">What was done, kept and why, or the error that will be retried; it ends with the counts of <paramref name="Records"/>.</param>
/// <param name="Records">
/// Per data type the source reached (its own and the related ones), how many records were erased, anonymised or kept:
/// counts, types and categories, never values. Empty when the step failed, was done in an earlier run, or the source
/// does not count (it implements only <see cref="ISubjectDataSource.EraseAsync(string, CancellationToken)"/>).
/// </param>
public sealed record ErasureStepResult(string Source, ErasureDecision Decision, bool Done, string Outcome, IReadOnlyList<ErasureCount>? Records = null);

/// <summary>The erasure receipt: what was erased, what was kept and why, and whether the subject's audit pseudonym was destroyed.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="SubjectId">The data subject.</param>
/// <param name="IssuedAt">When.</param>
/// <param name="IsComplete">Whether every step is done; when not, the request stays open and a re-run finishes it.</param>
/// <param name="Steps">One result per source.</param>
/// <param name="ShreddedPseudonym">The audit pseudonym that can no longer be linked to the subject, once complete.</param>
public sealed record ErasureReceipt(
    Guid RequestId, string SubjectId, DateTimeOffset IssuedAt, bool IsComplete, IReadOnlyList<ErasureStepResult> Steps, string? ShreddedPseudonym);

/// <summary>The answer to a portability request (Art. 20): data the subject provided, under consent or contract, as structured JSON.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="SubjectId">The data subject.</param>
/// <param name="GeneratedAt">When.</param>
/// <param name="Sources">The copies, from sources whose data the subject provided or that was observed from them.</param>
public sealed record PortabilityExport(Guid RequestId, string SubjectId, DateTimeOffset GeneratedAt, IReadOnlyList<SourceCopy> Sources);
