using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LawfulBasis.Rights;

/// <summary>
/// Writes access reports and portability exports: JSON for machines (schema in <c>docs/access-report-schema.md</c>;
/// structured, commonly used and machine-readable as Art. 20(1) asks) and Markdown for the person who asked.
/// </summary>
public static class AccessReportWriter
{
    /// <summary>The JSON shape of every rights document (camelCase, enums as names, readable non-ASCII), shared with <see cref="ErasureReceiptWriter"/>.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report as JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(AccessReport report) => JsonSerializer.Serialize(report, Json);

    /// <summary>The export as JSON.</summary>
    /// <param name="export">The export.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(PortabilityExport export) => JsonSerializer.Serialize(export, Json);

    /// <summary>The report as a Markdown document for the data subject.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(AccessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line("# Your personal data");
        Line();
        Line(string.Create(CultureInfo.InvariantCulture, $"Answer to access request {report.RequestId}, made on {report.GeneratedAt:yyyy-MM-dd} under GDPR Art. 15."));
        if (report.Controller is { } controller)
        {
            Line($"Controller: {controller.Name}{(controller.Contact is null ? string.Empty : $", {controller.Contact}")}."
                + (controller.DataProtectionOfficer is null ? string.Empty : $" Data protection officer: {controller.DataProtectionOfficer}."));
        }

        Line();
        Line("## Why we process your data (Art. 15(1)(a), (c), (d), (h))");
        Line();
        if (report.Purposes.Count == 0)
        {
            Line("We hold no data about you for any purpose.");
        }

        foreach (var purpose in report.Purposes)
        {
            Line($"- **{purpose.Name}**: {purpose.Description}. Lawful basis: {purpose.Basis} ({purpose.BasisArticle})"
                + (purpose.Condition == SpecialCategoryCondition.None ? "." : $", condition {purpose.Condition} (Art. 9(2))."));
            Line($"  Recipients: {(purpose.Recipients.Count == 0 ? "none" : string.Join(", ", purpose.Recipients))}. Kept for: {purpose.Retention}.");
            if (purpose.NamedRecipients.Count > 0)
            {
                Line($"  Recipients by name: {string.Join(", ", purpose.NamedRecipients)}.");
            }

            if (purpose.AutomatedDecision is { } automated)
            {
                Line($"  Automated decisions (Art. 22): {automated}");
            }
        }

        Line();
        Line("## What data (Art. 15(1)(b))");
        Line();
        Line(report.Categories.Count == 0 ? "None." : string.Join(", ", report.Categories.Select(c => c.Kind == DataCategoryKind.Ordinary ? c.Name : $"{c.Name} ({c.Article})")));
        Line();
        Line("## Transfers outside the EEA (Art. 15(1)(c), 15(2))");
        Line();
        var transfers = report.Transfers.Where(t => t.LeavesEuropeanEconomicArea).ToArray();
        Line(transfers.Length == 0 ? "None." : string.Join("\n", transfers.Select(t => $"- {t.Country}: {t.Safeguard}{(t.Reference is null ? string.Empty : $" ({t.Reference})")}")));
        Line();
        Line("## Your rights (Art. 15(1)(e), (f))");
        Line();
        foreach (var right in report.Rights)
        {
            Line($"- {right.Name} ({right.Article}){(right.Purposes.Count == 0 ? string.Empty : $", for {string.Join(", ", right.Purposes)}")}.{(right.Note is null ? string.Empty : " " + right.Note)}");
        }

        Line($"- {report.ComplaintRight}");
        Line();
        Line("## Where the data comes from, and a copy of it (Art. 15(1)(g), 15(3))");
        Line();
        foreach (var source in report.Sources)
        {
            Line($"### {source.Source} ({source.DataType}, {source.Provenance})");
            Line();
            Line("```json");
            Line(JsonSerializer.Serialize(source.Records, Json));
            Line("```");
            Line();
        }

        Line("## What we did with it (from the audit trail)");
        Line();
        if (report.History.Count == 0)
        {
            Line("No recorded processing.");
        }
        else
        {
            Line("| When (UTC) | What | Purpose | Outcome | Article |");
            Line("|---|---|---|---|---|");
            foreach (var entry in report.History)
            {
                Line(string.Create(CultureInfo.InvariantCulture,
                    $"| {entry.Time:yyyy-MM-dd HH:mm:ss} | {entry.Operation ?? entry.Event} | {entry.Purpose?.Split('.')[^1] ?? "—"} | {entry.Decision ?? entry.Explanation} | {entry.Article} |"));
            }
        }

        return text.ToString();
    }
}
