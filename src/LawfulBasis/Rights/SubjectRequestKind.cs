namespace LawfulBasis.Rights;

/// <summary>The requests a data subject can make (Art. 15–21).</summary>
public enum SubjectRequestKind
{
    /// <summary>Access to their data and the Art. 15(1) information (Art. 15).</summary>
    Access = 0,

    /// <summary>Their data in a structured, machine-readable form (Art. 20).</summary>
    Portability = 1,

    /// <summary>Erasure (Art. 17).</summary>
    Erasure = 2,

    /// <summary>Rectification of inaccurate data (Art. 16).</summary>
    Rectification = 3,

    /// <summary>Restriction of processing (Art. 18).</summary>
    Restriction = 4,

    /// <summary>Objection to processing (Art. 21).</summary>
    Objection = 5,
}
