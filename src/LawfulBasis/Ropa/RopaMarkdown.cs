namespace LawfulBasis.Ropa;

/// <summary>Renders the record's layout as Markdown: blocks separated by one blank line, tables as pipe tables.</summary>
internal sealed class RopaMarkdown(TextWriter output) : IRopaDocument
{
    private bool _started;

    public static void Write(ProcessingCatalog catalog, TextWriter output, RopaTrailEvidence? trail) => RopaLayout.Write(catalog, new RopaMarkdown(output), trail);

    public void Heading(int level, string text) => Block($"{new string('#', level)} {Cell(text)}\n");

    public void Paragraph(string text) => Block(Cell(text) + "\n");

    public void Preformatted(string text) => Block($"```text\n{text.TrimEnd('\n')}\n```\n");

    public void Table(string[] headers, IEnumerable<string[]> rows)
    {
        Block($"| {string.Join(" | ", headers)} |\n|{string.Concat(headers.Select(_ => "---|"))}\n");
        foreach (var row in rows)
        {
            output.Write($"| {string.Join(" | ", row.Select(Cell))} |\n");
        }
    }

    private void Block(string text)
    {
        if (_started)
        {
            output.Write('\n');
        }

        _started = true;
        output.Write(text);
    }

    /// <summary>Makes a value safe inside a table cell: no pipe ends the cell, no newline ends the row.</summary>
    private static string Cell(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace('\r', ' ');
}
