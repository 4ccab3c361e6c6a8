using AnnotationSdk.Engine.Dates;

namespace AnnotationSdk.Engine.Tests.Dates;

public class CalendarPointTests
{
    [Theory]
    [InlineData(2025, 4, 30, "Week", "2025-W18")]
    [InlineData(2024, 12, 30, "Week", "2025-W01")]
    [InlineData(2025, 1, 15, "Season", "2024-WI")]
    [InlineData(2025, 4, 30, "Season", "2025-SP")]
    [InlineData(2025, 8, 1, "Quarter", "2025-Q3")]
    [InlineData(2025, 8, 1, "Half", "2025-H2")]
    [InlineData(1987, 8, 1, "Decade", "198")]
    [InlineData(1, 1, 1, "Week", "0001-W01")]
    [InlineData(9999, 12, 31, "Week", "9999-W52")]
    [InlineData(7, 3, 1, "Quarter", "0007-Q1")]
    [InlineData(7, 12, 1, "Season", "0007-WI")]
    [InlineData(75, 3, 1, "Half", "0075-H1")]
    [InlineData(5, 3, 1, "Decade", "000")]
    [InlineData(9999, 3, 1, "Decade", "999")]
    [InlineData(42, 3, 9, "Day", "0042-03-09")]
    public void Prints_TIMEX3_values(int year, int month, int day, string granularity, string value) =>
        Assert.Equal(value, CalendarPoint.Of(new DateOnly(year, month, day), Enum.Parse<Granularity>(granularity)).Value);

    [Fact]
    public void Shifting_past_the_calendar_edge_fails_instead_of_throwing()
    {
        var last = CalendarPoint.Of(new DateOnly(9999, 6, 1), Granularity.Year);
        Assert.False(last.TryShift(TimeUnit.Year, 1, out _));
        Assert.True(last.TryShift(TimeUnit.Year, -1, out var before));
        Assert.Equal("9998", before.Value);
    }

    [Fact]
    public void Dates_near_the_calendar_edges_never_throw()
    {
        foreach (var reference in new[] { DateOnly.MinValue, DateOnly.MaxValue })
        {
            var dates = DateAssert.Dates("Last year, yesterday, next week, in December, on Friday, a decade ago, the following year and Christmas.", reference);
            Assert.NotEmpty(dates);
        }
    }
}
