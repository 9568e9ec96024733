namespace LawfulBasis.Tests;

public class RetentionPeriodTests
{
    [Theory]
    [InlineData("P10Y", "P10Y", "10 years")]
    [InlineData("P6M", "P6M", "6 months")]
    [InlineData("P1Y6M", "P1Y6M", "1 year, 6 months")]
    [InlineData("P2W", "P2W", "2 weeks")]
    [InlineData("P30D", "P30D", "30 days")]
    [InlineData("PT12H", "PT12H", "12 hours")]
    [InlineData("P1DT2H30M", "P1DT2H30M", "1 day, 2 hours, 30 minutes")]
    [InlineData("P0D", "P0D", "no time at all")]
    public void Parses_ISO_8601_durations(string text, string canonical, string words)
    {
        var period = RetentionPeriod.Parse(text);
        Assert.Equal(canonical, period.ToString());
        Assert.Equal(words, period.Describe());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("10Y", "starts with 'P'")]
    [InlineData("P", "no components")]
    [InlineData("PT", "must be followed")]
    [InlineData("P1.5Y", "fractional")]
    [InlineData("P1M1Y", "out of order")]
    [InlineData("P10", "no designator")]
    [InlineData("P1H", "not a valid designator")]
    [InlineData("ten years", "starts with 'P'")]
    [InlineData("P99999999999Y", "too large")]
    public void Refuses_what_is_not_a_duration_and_says_why(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => RetentionPeriod.Parse(text));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.False(RetentionPeriod.TryParse(text, out _));
    }

    [Fact]
    public void Calendar_units_apply_to_the_date_so_month_ends_clamp()
    {
        var start = new DateTimeOffset(2027, 1, 31, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2027, 2, 28, 9, 0, 0, TimeSpan.Zero), RetentionPeriod.Parse("P1M").AddTo(start));
        Assert.Equal(new DateTimeOffset(2028, 2, 29, 9, 0, 0, TimeSpan.Zero), RetentionPeriod.Parse("P1Y1M").AddTo(start));
        Assert.Equal(new DateTimeOffset(2027, 2, 14, 21, 0, 0, TimeSpan.Zero), RetentionPeriod.Parse("P2WT12H").AddTo(start));
    }
}
