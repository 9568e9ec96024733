using System.Globalization;
using System.Text;
using LawfulBasis.Shared;

namespace LawfulBasis;

/// <summary>
/// How long personal data is kept for a purpose (GDPR Art. 5(1)(e), 30(1)(f)), parsed from an ISO 8601 duration such
/// as <c>P10Y</c>, <c>P6M</c>, <c>P2W</c>, <c>P30D</c> or <c>PT12H</c>.
/// </summary>
/// <remarks>
/// Years and months are calendar units, so a period is applied to a date (<see cref="AddTo"/>) rather than converted to
/// a fixed <see cref="TimeSpan"/>: one month after 31 January is the end of February.
/// </remarks>
public readonly record struct RetentionPeriod
{
    private RetentionPeriod(IsoDurationParts parts)
    {
        Years = parts.Years;
        Months = parts.Months;
        Weeks = parts.Weeks;
        Days = parts.Days;
        Hours = parts.Hours;
        Minutes = parts.Minutes;
        Seconds = parts.Seconds;
    }

    /// <summary>Calendar years.</summary>
    public int Years { get; }

    /// <summary>Calendar months.</summary>
    public int Months { get; }

    /// <summary>Weeks of seven days.</summary>
    public int Weeks { get; }

    /// <summary>Days.</summary>
    public int Days { get; }

    /// <summary>Hours.</summary>
    public int Hours { get; }

    /// <summary>Minutes.</summary>
    public int Minutes { get; }

    /// <summary>Seconds.</summary>
    public int Seconds { get; }

    /// <summary>Parses an ISO 8601 duration.</summary>
    /// <param name="text">The duration, for example <c>P10Y</c>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not an ISO 8601 duration; the message says why.</exception>
    public static RetentionPeriod Parse(string text)
    {
        if (!IsoDurationSyntax.TryParse(text, out var parts, out var error))
        {
            throw new FormatException(
                $"\"{text}\" is not an ISO 8601 duration: {error}. Write it like P10Y, P6M, P30D or PT12H.");
        }

        return new RetentionPeriod(parts);
    }

    /// <summary>Parses an ISO 8601 duration without throwing.</summary>
    /// <param name="text">The duration, for example <c>P10Y</c>.</param>
    /// <param name="period">The period, when the text is valid.</param>
    /// <returns>Whether <paramref name="text"/> is a valid duration.</returns>
    public static bool TryParse(string? text, out RetentionPeriod period)
    {
        var valid = IsoDurationSyntax.TryParse(text, out var parts, out _);
        period = valid ? new RetentionPeriod(parts) : default;
        return valid;
    }

    /// <summary>The moment this period after <paramref name="start"/> ends, applying calendar units first.</summary>
    /// <param name="start">When the period starts, for example when the data was collected.</param>
    /// <returns>When the period ends.</returns>
    public DateTimeOffset AddTo(DateTimeOffset start) =>
        start.AddYears(Years)
            .AddMonths(Months)
            .AddDays((Weeks * 7d) + Days)
            .AddHours(Hours)
            .AddMinutes(Minutes)
            .AddSeconds(Seconds);

    /// <summary>The period in words, for example <c>10 years</c> or <c>1 year, 6 months</c>.</summary>
    /// <returns>A description for people.</returns>
    public string Describe()
    {
        var words = new List<string>();
        Add(words, Years, "year");
        Add(words, Months, "month");
        Add(words, Weeks, "week");
        Add(words, Days, "day");
        Add(words, Hours, "hour");
        Add(words, Minutes, "minute");
        Add(words, Seconds, "second");
        return words.Count == 0 ? "no time at all" : string.Join(", ", words);

        static void Add(List<string> words, int value, string unit)
        {
            if (value != 0)
            {
                words.Add(string.Create(CultureInfo.InvariantCulture, $"{value} {unit}{(value == 1 ? string.Empty : "s")}"));
            }
        }
    }

    /// <summary>The canonical ISO 8601 form, for example <c>P1Y6M</c>.</summary>
    /// <returns>The duration text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Weeks, 'W');
        Append(text, Days, 'D');
        if (Hours != 0 || Minutes != 0 || Seconds != 0)
        {
            text.Append('T');
            Append(text, Hours, 'H');
            Append(text, Minutes, 'M');
            Append(text, Seconds, 'S');
        }

        return text.Length == 1 ? "P0D" : text.ToString();

        static void Append(StringBuilder text, int value, char designator)
        {
            if (value != 0)
            {
                text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(designator);
            }
        }
    }
}
