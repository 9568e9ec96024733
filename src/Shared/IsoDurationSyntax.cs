namespace LawfulBasis.Shared;

/// <summary>The components of an ISO 8601 duration such as <c>P1Y6M</c> or <c>PT12H</c>.</summary>
internal readonly struct IsoDurationParts
{
    public IsoDurationParts(int years, int months, int weeks, int days, int hours, int minutes, int seconds)
    {
        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
    }

    public int Years { get; }
    public int Months { get; }
    public int Weeks { get; }
    public int Days { get; }
    public int Hours { get; }
    public int Minutes { get; }
    public int Seconds { get; }
}

/// <summary>
/// Parses ISO 8601 durations (<c>PnYnMnWnDTnHnMnS</c>, whole non-negative numbers, designators in order). Shared by
/// the runtime catalog and the analyzer so a retention that one accepts the other accepts too.
/// </summary>
internal static class IsoDurationSyntax
{
    private const string Designators = "YMWD";
    private const string TimeDesignators = "HMS";

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out IsoDurationParts parts, out string error)
    {
        parts = default;
        if (text is null || text.Length == 0)
        {
            error = "the duration is empty";
            return false;
        }

        if (text[0] != 'P')
        {
            error = "an ISO 8601 duration starts with 'P'";
            return false;
        }

        var values = new int[7]; // Y M W D H M S
        var seen = 0;
        var inTime = false;
        var nextSlot = 0;
        var position = 1;
        while (position < text.Length)
        {
            if (text[position] == 'T')
            {
                if (inTime)
                {
                    error = "'T' appears twice";
                    return false;
                }

                inTime = true;
                nextSlot = 4;
                position++;
                if (position == text.Length)
                {
                    error = "'T' must be followed by hours, minutes or seconds";
                    return false;
                }

                continue;
            }

            var start = position;
            long number = 0;
            while (position < text.Length && text[position] >= '0' && text[position] <= '9')
            {
                number = (number * 10) + (text[position] - '0');
                if (number > int.MaxValue)
                {
                    error = "a component is too large";
                    return false;
                }

                position++;
            }

            if (position == start)
            {
                error = $"expected a whole number at position {start + 1}, found '{text[start]}'";
                return false;
            }

            if (position == text.Length)
            {
                error = $"the number {number} has no designator ({(inTime ? "H, M or S" : "Y, M, W or D")})";
                return false;
            }

            var designator = text[position];
            var slot = inTime ? TimeDesignators.IndexOf(designator) : Designators.IndexOf(designator);
            if (slot < 0)
            {
                error = designator is '.' or ','
                    ? "fractional values are not supported; use a smaller unit"
                    : $"'{designator}' is not a valid designator {(inTime ? "after 'T' (H, M, S)" : "before 'T' (Y, M, W, D)")}";
                return false;
            }

            slot += inTime ? 4 : 0;
            if (slot < nextSlot)
            {
                error = $"'{designator}' is out of order or repeated";
                return false;
            }

            values[slot] = (int)number;
            nextSlot = slot + 1;
            seen++;
            position++;
        }

        if (seen == 0)
        {
            error = "the duration has no components";
            return false;
        }

        parts = new IsoDurationParts(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
        error = string.Empty;
        return true;
    }
}
