namespace LawfulBasis.Notice;

/// <summary>The formats a privacy notice can be written in.</summary>
public enum NoticeFormat
{
    /// <summary>Markdown, to publish on a website or in a repository.</summary>
    Markdown = 0,

    /// <summary>One self-contained HTML page with the same content as the Markdown.</summary>
    Html = 1,

    /// <summary>JSON following the schema in <c>docs/notice-schema.md</c>, for a consent screen or another tool.</summary>
    Json = 2,
}
