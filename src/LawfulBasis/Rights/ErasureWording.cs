namespace LawfulBasis.Rights;

/// <summary>
/// The words of erasure receipts and plans, shared by the receipt's text, its Markdown and the trail entry, so that
/// they all say the same: counts, types, categories and articles, never a value.
/// </summary>
internal static class ErasureWording
{
    /// <summary>One data type's counts, for example <c>related AllergyNote (HealthData, Art. 9(1)) ×1 erased</c>.</summary>
    public static string Describe(ErasureCount count)
    {
        var done = new List<string>();
        if (count.Erased > 0)
        {
            done.Add($"×{count.Erased} erased");
        }

        var retained = count.RetainedMembers.Count > 0 ? string.Join(", ", count.RetainedMembers) : null;
        if (count.Anonymised > 0)
        {
            done.Add($"×{count.Anonymised} anonymised{(retained is null ? string.Empty : $" except {retained} ({count.Article})")}");
        }

        if (count.Kept > 0)
        {
            done.Add($"×{count.Kept} kept{(retained is null ? string.Empty : $", holding only {retained}")}{(count.Article == ErasureArticle ? string.Empty : $" ({count.Article})")}");
        }

        return $"{(count.Related ? "related " : string.Empty)}{count.DataType}{Special(count.Categories)} {(done.Count == 0 ? "none held" : string.Join(", ", done))}";
    }

    /// <summary>The counts after a step's outcome: <c>"… Records: Customer ×1 anonymised …; related Order ×2 erased."</c></summary>
    public static string WithCounts(string outcome, IReadOnlyList<ErasureCount> counts) =>
        counts.Count == 0 ? outcome : $"{outcome} Records: {string.Join("; ", counts.Select(Describe))}.";

    /// <summary>The special (Art. 9) and criminal (Art. 10) categories of a type, which a reader must not miss: <c>" (HealthData, Art. 9(1))"</c>.</summary>
    public static string Special(IReadOnlyList<DataCategory> categories)
    {
        var special = categories.Where(c => c.Kind != DataCategoryKind.Ordinary).Select(c => $"{c.Name}, {c.Article}").ToArray();
        return special.Length == 0 ? string.Empty : $" ({string.Join("; ", special)})";
    }

    /// <summary>The ground of an erasure with no exception.</summary>
    public const string ErasureArticle = "Art. 17(1)";
}
