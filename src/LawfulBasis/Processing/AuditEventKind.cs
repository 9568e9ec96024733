namespace LawfulBasis.Audit;

// In the Processing folder, below the registers and the gate that record with it; the namespace stays
// LawfulBasis.Audit, where it was published.

/// <summary>What an audit-trail entry records.</summary>
public enum AuditEventKind
{
    /// <summary>A gate decision on one processing operation, allowed or denied.</summary>
    Decision = 0,

    /// <summary>Consent given (Art. 7(1)).</summary>
    ConsentGiven = 1,

    /// <summary>Consent withdrawn (Art. 7(3)).</summary>
    ConsentWithdrawn = 2,

    /// <summary>An objection raised, overridden or withdrawn (Art. 21).</summary>
    Objection = 3,

    /// <summary>Processing restricted or the restriction lifted (Art. 18).</summary>
    Restriction = 4,

    /// <summary>The subject's pseudonym key was destroyed on erasure (Art. 17): earlier entries can no longer be linked to them.</summary>
    SubjectErased = 5,

    /// <summary>The writer found and removed a torn last line left by a crash, before continuing the chain.</summary>
    TrailRecovered = 6,

    /// <summary>A legal hold placed on a subject's data or released (Art. 17(3)(e)).</summary>
    LegalHold = 7,

    /// <summary>
    /// A signed checkpoint: the writer's signature over the entry count and chain hash before it (docs/trail-guarantees.md).
    /// </summary>
    Checkpoint = 8,

    /// <summary>
    /// One source's part of an erasure carried out (Art. 17(1), 5(2)): per data type, how many of the subject's records
    /// were erased, anonymised or kept, and under which article. Counts, types and categories only, never values;
    /// recorded under the subject's pseudonym just before <see cref="SubjectErased"/> destroys it.
    /// </summary>
    DataErased = 9,
}
