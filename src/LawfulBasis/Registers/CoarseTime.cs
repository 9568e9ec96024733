namespace LawfulBasis.Registers;

/// <summary>Times kept only to the day, where an exact time would match a trail entry's and link it to the person.</summary>
internal static class CoarseTime
{
    /// <summary>The start of <paramref name="time"/>'s day, in UTC.</summary>
    /// <param name="time">A time.</param>
    /// <returns>Midnight UTC of that day.</returns>
    public static DateTimeOffset Day(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, 0, 0, 0, TimeSpan.Zero);
    }
}
