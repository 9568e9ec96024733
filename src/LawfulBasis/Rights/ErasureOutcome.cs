namespace LawfulBasis.Rights;

/// <summary>What a source did with a subject's data when asked to erase it.</summary>
public enum ErasureOutcome
{
    /// <summary>The records were deleted.</summary>
    Erased = 0,

    /// <summary>The records were irreversibly anonymised: they no longer relate to an identifiable person (Recital 26).</summary>
    Anonymised = 1,

    /// <summary>The source held nothing about the subject (for example on a second run).</summary>
    NothingHeld = 2,
}
