using LawfulBasis.Registers;

namespace LawfulBasis.Rights;

// In the Registers folder (the gate reads it, below the rights engine that writes it); the namespace stays
// LawfulBasis.Rights, where it was published.

/// <summary>The register entry that a subject's data was erased; the gate then allows only what the retained data needs.</summary>
/// <param name="SubjectId">The data subject.</param>
/// <param name="At">When the erasure completed.</param>
/// <param name="RetainedPurposes">The ids of purposes whose data was kept under Art. 17(3).</param>
public sealed record ErasureRecord(string SubjectId, DateTimeOffset At, IReadOnlyList<string> RetainedPurposes) : ISubjectRecord;
