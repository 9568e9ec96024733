namespace LawfulBasis.Ropa;

/// <summary>The formats the Record of Processing Activities can be written in.</summary>
public enum RopaFormat
{
    /// <summary>JSON following the versioned schema in <c>docs/ropa-schema.md</c>, for tools.</summary>
    Json = 0,

    /// <summary>Markdown, for people: the DPO, auditors, the supervisory authority.</summary>
    Markdown = 1,

    /// <summary>CSV (RFC 4180), one row per processing activity, for spreadsheets.</summary>
    Csv = 2,

    /// <summary>One self-contained HTML page with the same content as the Markdown, to print or send.</summary>
    Html = 3,
}
