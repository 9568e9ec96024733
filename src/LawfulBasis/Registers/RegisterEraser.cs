using LawfulBasis.Rights;

namespace LawfulBasis.Registers;

/// <summary>
/// At erasure, removes the subject's consent, objection and restriction records, which would otherwise link the trail's
/// entries (same times) to the person for whoever holds the register key. Records about a purpose whose data is
/// retained under Art. 17(3) stay (with records about every purpose, when anything is retained): an objection or a
/// restriction still governs the retained data, consent records can be its Art. 7(1) evidence, and the retained data
/// identifies the person anyway. Legal holds stay: they are why data is retained.
/// </summary>
internal sealed class RegisterEraser
{
    private readonly IRecordStore<ConsentRecord> _consents;
    private readonly IRecordStore<ObjectionRecord> _objections;
    private readonly IRecordStore<RestrictionRecord> _restrictions;

    public RegisterEraser(IRecordStore<ConsentRecord> consents, IRecordStore<ObjectionRecord> objections, IRecordStore<RestrictionRecord> restrictions)
    {
        _consents = consents;
        _objections = objections;
        _restrictions = restrictions;
    }

    /// <summary>Removes what no retained purpose needs.</summary>
    /// <param name="subjectId">The subject erased.</param>
    /// <param name="retainedPurposes">The ids of the purposes whose data was retained.</param>
    /// <returns>What was done, for the request's outcome; names a register that cannot remove records.</returns>
    public string Forget(string subjectId, IReadOnlyCollection<string> retainedPurposes)
    {
        bool Needed(string? purposeId) => NeededFor(purposeId, retainedPurposes);

        var removed = 0;
        var unable = new List<string>();
        removed += Forget(_consents, "consent", subjectId, r => Needed(r.PurposeId), unable);
        removed += Forget(_objections, "objection", subjectId, r => Needed(r.PurposeId), unable);
        removed += Forget(_restrictions, "restriction", subjectId, r => Needed(r.PurposeId), unable);
        var text = $"{removed} consent, objection and restriction record(s) no retained purpose needs were removed from the registers.";
        return unable.Count == 0
            ? text
            : $"{text} The {string.Join(", ", unable)} register(s) cannot remove records (neither the embedded files nor PostgreSQL): remove the subject's records there.";
    }

    /// <summary>
    /// Removes the records of subjects erased before the registers were keyed, as their erasure would remove them now; a
    /// subject erased more than once keeps what any of the erasures retained. Removing what is already gone removes
    /// nothing, so running it twice is harmless.
    /// </summary>
    /// <param name="erasures">The erasure records to upgrade, naming their subject by raw id (or keyed, by an earlier upgrade).</param>
    public void ForgetErasedBeforeKeying(IReadOnlyList<ErasureRecord> erasures)
    {
        foreach (var subject in erasures.GroupBy(e => e.SubjectId, StringComparer.Ordinal))
        {
            Forget(subject.Key, [.. subject.SelectMany(e => e.RetainedPurposes).Distinct(StringComparer.Ordinal)]);
        }
    }

    /// <summary>Whether a record about <paramref name="purposeId"/> (null: every purpose) stays after an erasure that retained <paramref name="retainedPurposes"/>.</summary>
    /// <param name="purposeId">The record's purpose, or null.</param>
    /// <param name="retainedPurposes">The ids of the purposes whose data was retained.</param>
    /// <returns>True when the record stays.</returns>
    internal static bool NeededFor(string? purposeId, IReadOnlyCollection<string> retainedPurposes) =>
        purposeId is null ? retainedPurposes.Count > 0 : retainedPurposes.Contains(purposeId);

    private static int Forget<TRecord>(IRecordStore<TRecord> store, string name, string subjectId, Func<TRecord, bool> keep, List<string> unable)
        where TRecord : class, ISubjectRecord
    {
        if (store is IRewritableRecordStore<TRecord> { IsWritable: true } rewritable)
        {
            return rewritable.Forget(subjectId, keep);
        }

        if (store.ReadSubject(subjectId).Any(r => !keep(r)))
        {
            unable.Add(name);
        }

        return 0;
    }
}
