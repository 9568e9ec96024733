using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LawfulBasis.Rights;

/// <summary>
/// Writes erasure receipts and plans: JSON for machines and Markdown for the DPO's file and the regulator. Both list,
/// per source, the decision, the ground and the records erased, anonymised or kept per data type, related types
/// included: counts, types and categories, never the values erased (Art. 5(2), 17).
/// </summary>
public static class ErasureReceiptWriter
{
    /// <summary>The receipt as JSON (the shape the privacy endpoints answer an erasure request with).</summary>
    /// <param name="receipt">The receipt.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(ErasureReceipt receipt) => JsonSerializer.Serialize(receipt, AccessReportWriter.Json);

    /// <summary>The plan as JSON.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(ErasurePlan plan) => JsonSerializer.Serialize(plan, AccessReportWriter.Json);

    /// <summary>The receipt as a Markdown document.</summary>
    /// <param name="receipt">The receipt.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(ErasureReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line("# Erasure receipt");
        Line();
        Line(string.Create(CultureInfo.InvariantCulture,
            $"Answer to erasure request {receipt.RequestId}, issued on {receipt.IssuedAt:yyyy-MM-dd HH:mm} UTC under GDPR Art. 17: {(receipt.IsComplete ? "complete" : "INCOMPLETE, the request stays open and a re-run retries what failed")}."));
        Line();
        Line("## What each source did");
        Line();
        Line("| Source | Decision | Done | Outcome |");
        Line("|---|---|---|---|");
        foreach (var step in receipt.Steps)
        {
            Line($"| {Cell(step.Source)} | {step.Decision} | {(step.Done ? "yes" : "no")} | {Cell(step.Outcome)} |");
        }

        Line();
        Line("## Records, per data type (counts only)");
        Line();
        var counted = receipt.Steps.Where(s => s.Records is { Count: > 0 }).ToArray();
        if (counted.Length == 0)
        {
            Line("No source reported counts.");
        }
        else
        {
            Line("| Source | Data type | Categories | Erased | Anonymised | Kept | Kept members | Ground |");
            Line("|---|---|---|---:|---:|---:|---|---|");
            foreach (var step in counted)
            {
                foreach (var count in step.Records!)
                {
                    Line(string.Create(CultureInfo.InvariantCulture,
                        $"| {Cell(step.Source)} | {(count.Related ? "related: " : string.Empty)}{Cell(count.DataType)} | {Cell(Categories(count.Categories))} | {count.Erased} | {count.Anonymised} | {count.Kept} | {Cell(count.RetainedMembers.Count == 0 ? "—" : string.Join(", ", count.RetainedMembers))} | {Cell(count.Article)} |"));
                }
            }
        }

        Line();
        Line("## Audit trail");
        Line();
        Line(receipt.ShreddedPseudonym is { } pseudonym
            ? $"The subject's pseudonym key was destroyed: entries under `{pseudonym}` can no longer be linked to them. The trail records each source's counts under that pseudonym (`DataErased`), then the destruction (`SubjectErased`)."
            : receipt.IsComplete
                ? "No pseudonym key was destroyed by this run (the subject was never recorded, or was already erased)."
                : "The pseudonym key is destroyed when every source is done.");
        return text.ToString();
    }

    /// <summary>The plan as a Markdown document: per source and related type, what will be erased and what kept, and why, before anything changes.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(ErasurePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line("# Erasure plan");
        Line();
        Line(string.Create(CultureInfo.InvariantCulture, $"Planned on {plan.PlannedAt:yyyy-MM-dd HH:mm} UTC (Art. 17(1), 17(3)); nothing has been changed."));
        Line();
        Line("| Source | Data type | Categories | Decision | Ground | Kept members | Kept for | Why |");
        Line("|---|---|---|---|---|---|---|---|");
        foreach (var step in plan.Steps)
        {
            Row(step, related: false);
            foreach (var related in step.Related ?? [])
            {
                Row(related, related: true);
            }
        }

        return text.ToString();

        void Row(ErasureStep step, bool related) =>
            Line($"| {Cell(step.Source)} | {(related ? "related: " : string.Empty)}{Cell(step.DataType)} | {Cell(Categories(step.Categories ?? []))} | {step.Decision} | {Cell(step.Article)} | {Cell(step.RetainedMembers is { Count: > 0 } kept ? string.Join(", ", kept) : "—")} | {Cell(KeptFor(step))} | {Cell(step.Reason)} |");
    }

    /// <summary>How long a plan step keeps data, in words: its end when known, its criterion otherwise.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The period, or a dash for an erasure.</returns>
    public static string KeptFor(ErasureStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.RetainUntil is { } until ? until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : step.RetentionCriterion ?? "—";
    }

    /// <summary>A type's categories in words, special and criminal ones with their article: <c>HealthData (Art. 9(1))</c>.</summary>
    /// <param name="categories">The categories.</param>
    /// <returns>The words, or a dash for none.</returns>
    public static string Categories(IReadOnlyList<DataCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return categories.Count == 0 ? "—"
            : string.Join(", ", categories.Select(c => c.Kind == DataCategoryKind.Ordinary ? c.Name : $"{c.Name} ({c.Article})"));
    }

    /// <summary>A table cell: no line breaks, and a pipe does not end the cell.</summary>
    private static string Cell(string value) => value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
