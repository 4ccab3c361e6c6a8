using AnnotationSdk.Client;
using AnnotationSdk.V1;

namespace AnnotationSdk.Client.Tests.Temporal;

public class TimexTests
{
    [Theory]
    [InlineData("2025-04-26", "2025-04-26", "2025-04-27")]
    [InlineData("2024-06", "2024-06-01", "2024-07-01")]
    [InlineData("2024", "2024-01-01", "2025-01-01")]
    [InlineData("2024-02-29", "2024-02-29", "2024-03-01")]
    [InlineData("2024-12", "2024-12-01", "2025-01-01")]
    [InlineData("2024-Q3", "2024-07-01", "2024-10-01")]
    [InlineData("2024-H2", "2024-07-01", "2025-01-01")]
    [InlineData("2024-SP", "2024-03-01", "2024-06-01")]
    [InlineData("2024-SU", "2024-06-01", "2024-09-01")]
    [InlineData("2024-FA", "2024-09-01", "2024-12-01")]
    [InlineData("2024-WI", "2024-12-01", "2025-03-01")]
    [InlineData("2025-W17", "2025-04-21", "2025-04-28")]
    [InlineData("2025-W17-3", "2025-04-23", "2025-04-24")]
    [InlineData("2025-W17-WE", "2025-04-26", "2025-04-28")]
    [InlineData("2021-W01", "2021-01-04", "2021-01-11")] // ISO week 1 of 2021 starts in January 4
    [InlineData("2020-W53", "2020-12-28", "2021-01-04")]
    [InlineData("199X", "1990-01-01", "2000-01-01")]
    [InlineData("199", "1990-01-01", "2000-01-01")]
    [InlineData("1990s", "1990-01-01", "2000-01-01")]
    [InlineData("19XX", "1900-01-01", "2000-01-01")]
    [InlineData("20", "2000-01-01", "2100-01-01")]
    public void A_date_value_is_the_range_it_denotes(string value, string start, string endExclusive)
    {
        var timex = Timex.Parse(value);

        Assert.Equal(TimexKind.Date, timex.Kind);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), timex.Start);
        Assert.Equal(DateOnly.Parse(endExclusive, System.Globalization.CultureInfo.InvariantCulture), timex.EndExclusive);
        Assert.False(timex.IsUnderspecified);
        Assert.Equal(value, timex.Raw);
    }

    [Theory]
    [InlineData("XXXX-10-10", null, null)]
    [InlineData("XXXX", null, null)]
    [InlineData("XXXX-SU", null, null)]
    [InlineData("2024-XX", "2024-01-01", "2025-01-01")]
    [InlineData("2024-XX-XX", "2024-01-01", "2025-01-01")]
    [InlineData("2024-06-XX", "2024-06-01", "2024-07-01")]
    [InlineData("2024-QX", "2024-01-01", "2025-01-01")]
    [InlineData("2024-WXX", "2024-01-01", "2025-01-01")]
    [InlineData("2025-W17-X", "2025-04-21", "2025-04-28")]
    [InlineData("199X-XX-XX", "1990-01-01", "2000-01-01")]
    public void An_underspecified_value_keeps_the_smallest_known_range(string value, string? start, string? endExclusive)
    {
        var timex = Timex.Parse(value);

        Assert.True(timex.IsUnderspecified);
        Assert.Equal(start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), timex.Start);
        Assert.Equal(endExclusive is null ? null : DateOnly.Parse(endExclusive, System.Globalization.CultureInfo.InvariantCulture), timex.EndExclusive);
    }

    [Fact]
    public void A_weekday_pattern_with_a_set_type_is_a_set_of_that_weekday()
    {
        var timex = Timex.Parse("XXXX-WXX-1", TemporalType.Set);

        Assert.Equal(TimexKind.Set, timex.Kind);
        Assert.Equal(DayOfWeek.Monday, timex.DayOfWeek);
        Assert.Null(timex.Start);
    }

    [Theory]
    [InlineData("P1W", 0, 0, 1, 0, 0, 0, 0)]
    [InlineData("P3D", 0, 0, 0, 3, 0, 0, 0)]
    [InlineData("P6M", 0, 6, 0, 0, 0, 0, 0)]
    [InlineData("P1Y2M", 1, 2, 0, 0, 0, 0, 0)]
    [InlineData("PT2H", 0, 0, 0, 0, 2, 0, 0)]
    [InlineData("PT1H30M15S", 0, 0, 0, 0, 1, 30, 15)]
    [InlineData("P2DT12H", 0, 0, 0, 2, 12, 0, 0)]
    [InlineData("P2Q", 0, 6, 0, 0, 0, 0, 0)]
    [InlineData("P1DE", 10, 0, 0, 0, 0, 0, 0)]
    [InlineData("P2CE", 200, 0, 0, 0, 0, 0, 0)]
    [InlineData("P1ML", 1000, 0, 0, 0, 0, 0, 0)]
    public void A_duration_is_a_period_with_calendar_units_kept(string value, int years, int months, int weeks, int days, int hours, int minutes, int seconds)
    {
        var timex = Timex.Parse(value);

        Assert.Equal(TimexKind.Duration, timex.Kind);
        Assert.Equal(new TimexPeriod { Years = years, Months = months, Weeks = weeks, Days = days, Hours = hours, Minutes = minutes, Seconds = seconds, Unit = timex.Period!.Value.Unit }, timex.Period);
        Assert.Null(timex.Start);
    }

    [Theory]
    [InlineData("P1W", 7 * 24 * 60)]
    [InlineData("PT90M", 90)]
    [InlineData("P1DT1H", 25 * 60)]
    public void An_exact_duration_has_a_time_span(string value, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), Timex.Parse(value).Duration);

    [Theory]
    [InlineData("P6M")]
    [InlineData("P1Y")]
    [InlineData("PXD")]
    public void A_calendar_or_uncounted_duration_has_no_time_span(string value) =>
        Assert.Null(Timex.Parse(value).Duration);

    [Fact]
    public void An_uncounted_duration_keeps_its_unit()
    {
        var period = Timex.Parse("PXY").Period!.Value;

        Assert.True(period.IsCountUnknown);
        Assert.Equal("Y", period.Unit);
    }

    [Fact]
    public void An_unknown_amount_of_an_unknown_unit_is_still_a_duration()
    {
        var timex = Timex.Parse("PXX");

        Assert.Equal(TimexKind.Duration, timex.Kind);
        Assert.Equal((true, "X"), (timex.Period!.Value.IsCountUnknown, timex.Period.Value.Unit));
        Assert.Null(timex.Duration);
    }

    [Theory]
    [InlineData("2024-06-05T24")]
    [InlineData("2024-06-05T24:00")]
    public void Hour_24_is_the_end_of_the_day(string value) =>
        Assert.Equal((TimeOnly.MaxValue, new DateOnly(2024, 6, 5)), (Timex.Parse(value).TimeOfDay, Timex.Parse(value).Start));

    [Theory]
    [InlineData("PAST_REF", TimexReference.Past)]
    [InlineData("PRESENT_REF", TimexReference.Present)]
    [InlineData("FUTURE_REF", TimexReference.Future)]
    public void A_reference_word_is_a_reference_without_a_range(string value, TimexReference reference)
    {
        var timex = Timex.Parse(value);

        Assert.Equal(TimexKind.Reference, timex.Kind);
        Assert.Equal(reference, timex.Reference);
        Assert.Null(timex.Start);
    }

    [Theory]
    [InlineData("2025-04-26T15:00", 15, 0, TimexPartOfDay.None)]
    [InlineData("2025-04-26T15:00:30", 15, 0, TimexPartOfDay.None)]
    [InlineData("2025-04-26T09", 9, 0, TimexPartOfDay.None)]
    [InlineData("2025-04-26T15:00+03:00", 15, 0, TimexPartOfDay.None)]
    [InlineData("2025-04-26T15:00Z", 15, 0, TimexPartOfDay.None)]
    [InlineData("2025-04-26TEV", null, null, TimexPartOfDay.Evening)]
    [InlineData("2025-04-26TNI", null, null, TimexPartOfDay.Night)]
    public void A_time_keeps_its_day_as_the_range(string value, int? hour, int? minute, TimexPartOfDay partOfDay)
    {
        var timex = Timex.Parse(value);

        Assert.Equal(TimexKind.Time, timex.Kind);
        Assert.Equal(new DateOnly(2025, 4, 26), timex.Start);
        Assert.Equal(new DateOnly(2025, 4, 27), timex.EndExclusive);
        Assert.Equal(hour, timex.TimeOfDay?.Hour);
        Assert.Equal(minute, timex.TimeOfDay?.Minute);
        Assert.Equal(partOfDay, timex.PartOfDay);
    }

    [Fact]
    public void A_time_without_a_date_has_no_range() =>
        Assert.Equal((TimexKind.Time, (DateOnly?)null, (TimeOnly?)new TimeOnly(8, 30)), (Timex.Parse("T08:30").Kind, Timex.Parse("T08:30").Start, Timex.Parse("T08:30").TimeOfDay));

    [Theory]
    [InlineData("")]
    [InlineData("June 2024")]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("2024-06-31")]
    [InlineData("2024-W54")]
    [InlineData("2024-Q5")]
    [InlineData("2024-H3")]
    [InlineData("2024-XY")]
    [InlineData("0000")]
    [InlineData("1X9X")]
    [InlineData("199X-06")]
    [InlineData("2024-06-05T25:00")]
    [InlineData("2024-06-05TXX")]
    [InlineData("2024-06-05T15:00+3")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1")]
    [InlineData("P1Z")]
    [InlineData("P1X")]
    [InlineData("2024-06-05T24:30")]
    [InlineData("PT1D")]
    [InlineData("P1234567D")]
    [InlineData("P999999ML")]
    [InlineData("PAST")]
    [InlineData("past_ref")]
    [InlineData("2024-06-05-")]
    [InlineData("9999-W52-WE")]
    public void Anything_else_is_rejected_without_throwing(string value)
    {
        Assert.False(Timex.TryParse(value, out var timex));
        Assert.Equal(default, timex);
        Assert.Throws<FormatException>(() => Timex.Parse(value));
    }

    [Fact]
    public void Null_huge_and_broken_input_are_rejected()
    {
        Assert.False(Timex.TryParse(null, out _));
        Assert.False(Timex.TryParse(new string('9', 1_000_000), out _));
        Assert.False(Timex.TryParse("\uD800", out _));
        Assert.False(Timex.TryParse("2024-\uDC00", out _));
        Assert.False(Timex.TryParse("\0\u0001", out _));
        Assert.False(Timex.TryParse("P\uD83D\uDE42", out _));
        Assert.Throws<ArgumentNullException>(() => Timex.Parse(null!));
    }

    [Fact]
    public void The_last_year_has_no_end_but_still_a_start()
    {
        var timex = Timex.Parse("9999");

        Assert.Equal(new DateOnly(9999, 1, 1), timex.Start);
        Assert.Null(timex.EndExclusive);
        Assert.True(timex.Contains(new DateOnly(9999, 12, 31)));
    }

    [Fact]
    public void Contains_follows_the_half_open_range()
    {
        var june = Timex.Parse("2024-06");

        Assert.True(june.Contains(new DateOnly(2024, 6, 30)));
        Assert.False(june.Contains(new DateOnly(2024, 7, 1)));
        Assert.False(Timex.Parse("P1W").Contains(new DateOnly(2024, 7, 1)));
    }

    [Fact]
    public void ToString_is_the_raw_value() =>
        Assert.Equal(("2024-FA", string.Empty), (Timex.Parse("2024-FA").ToString(), default(Timex).ToString()));
}
