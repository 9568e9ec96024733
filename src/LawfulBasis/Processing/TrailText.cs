namespace LawfulBasis.Audit;

// In the Processing folder, below the registers and the gate that record with it; the namespace stays
// LawfulBasis.Audit, where it was published.

/// <summary>
/// The trail's free-text fields (the actor, a consent's mechanism and notice version, an objection's reference) are
/// for describing the processing, not the person: they stay in the trail after an erasure, where the subject's
/// pseudonym no longer links to them. A value that contains the subject's own id would undo the erasure, so it is
/// refused. The check is the subject id as given (case-insensitive); it cannot recognise other personal data (a name,
/// an e-mail address that is not the id), which the documentation tells callers not to put there.
/// </summary>
public static class TrailText
{
    // Shorter ids ("7", "ab") occur by chance in ordinary words and numbers; real subject ids are longer.
    private const int ShortestCheckedId = 4;

    /// <summary>Throws when <paramref name="value"/> contains <paramref name="subjectId"/>.</summary>
    /// <param name="value">The free text, or null.</param>
    /// <param name="subjectId">The subject the record is about.</param>
    /// <param name="field">The field's name, for the message (for example <c>actor</c>).</param>
    /// <exception cref="ArgumentException">The text contains the subject id.</exception>
    public static void EnsureNoSubjectId(string? value, string? subjectId, string field)
    {
        if (value is not null && subjectId is { Length: >= ShortestCheckedId } && value.Contains(subjectId, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"The {field} contains the subject's id. It is written to the audit trail, where it would stay after the subject is erased and link the trail back to them: describe the processing (a service, a role, a form), not the person.",
                field);
        }
    }
}
