using System.Net;

namespace LawfulBasis.Ropa;

/// <summary>Renders the record's layout as one self-contained HTML page, to print or to send as it is.</summary>
internal sealed class RopaHtml(TextWriter output) : IRopaDocument
{
    public static void Write(ProcessingCatalog catalog, TextWriter output, RopaTrailEvidence? trail)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Record of Processing Activities</title>\n");
        output.Write("<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse;margin-bottom:1em}th,td{border:1px solid #999;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#eee}</style>\n");
        output.Write("</head>\n<body>\n");
        RopaLayout.Write(catalog, new RopaHtml(output), trail);
        output.Write("</body>\n</html>\n");
    }

    public void Heading(int level, string text) => output.Write($"<h{level}>{Encode(text)}</h{level}>\n");

    public void Paragraph(string text) => output.Write($"<p>{Encode(text)}</p>\n");

    public void Preformatted(string text) => output.Write($"<pre>{Encode(text.TrimEnd('\n'))}</pre>\n");

    public void Table(string[] headers, IEnumerable<string[]> rows)
    {
        output.Write($"<table>\n<thead><tr>{string.Concat(headers.Select(h => $"<th>{Encode(h)}</th>"))}</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            output.Write($"<tr>{string.Concat(row.Select(c => $"<td>{Encode(c)}</td>"))}</tr>\n");
        }

        output.Write("</tbody>\n</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
