using System.Text.Json;
using LawfulBasis.Rights;

namespace LawfulBasis.Audit;

/// <summary>Reads one subject's entries out of a trail file, by their pseudonym.</summary>
internal static class TrailHistory
{
    /// <summary>Every entry carrying the pseudonym, oldest first. A cheap substring test skips the other lines unparsed.</summary>
    public static async Task<IReadOnlyList<HistoryEntry>> ReadAsync(string trailPath, string pseudonym, CancellationToken cancellationToken)
    {
        var history = new List<HistoryEntry>();
        if (!File.Exists(trailPath))
        {
            return history;
        }

        var needle = $"\"subject\":\"{pseudonym}\"";
        using var reader = new StreamReader(new FileStream(trailPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Contains(needle, StringComparison.Ordinal))
            {
                history.Add(Parse(line));
            }
        }

        return history;
    }

    /// <summary>One trail line as a history entry.</summary>
    public static HistoryEntry Parse(string line)
    {
        using var entry = JsonDocument.Parse(line);
        var root = entry.RootElement;
        return new HistoryEntry(
            root.GetProperty("time").GetDateTimeOffset(),
            root.GetProperty("event").GetString()!,
            root.GetProperty("purpose").GetString(),
            root.GetProperty("operation").GetString(),
            root.GetProperty("decision").GetString(),
            root.GetProperty("explanation").GetString()!,
            root.GetProperty("article").GetString()!);
    }
}
