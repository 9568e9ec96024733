namespace LawfulBasis.Cli.Scan;

/// <summary>
/// A LawfulBasis rule as the analyzers describe it in the SARIF log: its title, where it is explained, and the level a
/// build with the analyzers gives its findings by default — a warning or an error, which the build shows, or a note
/// (the suggestions and the inventory rules, which only the scan brings out).
/// </summary>
/// <param name="Id">The rule id, e.g. LB0007.</param>
/// <param name="Title">The rule's short description.</param>
/// <param name="HelpUri">Where the rule and its fixes are explained.</param>
/// <param name="Level">The SARIF level of its findings in a build: <c>error</c>, <c>warning</c> or <c>note</c>.</param>
internal sealed record ScanRule(string Id, string Title, string HelpUri, string Level)
{
    /// <summary>Where the rules are explained when a log does not say (the analyzers' own help links point there).</summary>
    public const string HelpRoot = "https://github.com/lawfulbasis/lawfulbasis/blob/main/docs/rules/";

    // What the analyzers declare today, used only for a rule a log names without its default configuration.
    private static readonly string[] Information = ["LB0004", "LB0100", "LB0101"];
    private static readonly string[] Errors = ["LB0002", "LB0003"];

    /// <summary>Whether a build with the analyzers shows the rule's findings, which makes each one a problem to fix.</summary>
    public bool ShownByBuild => Level is "warning" or "error";

    /// <summary>A rule met in a log without its description: known by its id alone.</summary>
    public static ScanRule Unknown(string id) =>
        new(id, id, HelpRoot + id + ".md", Information.Contains(id, StringComparer.Ordinal) ? "note" : Errors.Contains(id, StringComparer.Ordinal) ? "error" : "warning");

    /// <summary>
    /// The level a SARIF <c>defaultConfiguration</c> gives (SARIF 2.1's defaults: enabled, warning): a rule off by
    /// default is a note, since a build never shows it.
    /// </summary>
    public static string LevelOf(string? level, bool enabled) => !enabled ? "note" : level switch
    {
        null or "warning" => "warning",
        "error" => "error",
        _ => "note",
    };
}
