namespace LawfulBasis.Cli.Scan;

/// <summary>One LawfulBasis diagnostic read back from a compilation's SARIF log.</summary>
/// <param name="Rule">The rule id, e.g. LB0001.</param>
/// <param name="Message">The diagnostic's message.</param>
/// <param name="File">The source file, relative to the scanned folder (forward slashes).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Properties">The diagnostic's properties (categories, purpose, basis for the inventory rules).</param>
internal sealed record ScanFinding(string Rule, string Message, string File, int Line, int Column, IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>A property, or an empty string.</summary>
    public string this[string name] => Properties.TryGetValue(name, out var value) ? value : string.Empty;

    /// <summary>Where, as <c>file:line</c>.</summary>
    public string Site => $"{File}:{Line}";
}
