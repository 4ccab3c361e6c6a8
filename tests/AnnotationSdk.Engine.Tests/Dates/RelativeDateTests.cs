using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Tests.Dates;

/// <summary>Dates named from the publication date, 2025-04-30 (a Wednesday, ISO week 18).</summary>
public class RelativeDateTests
{
    [Theory]
    [InlineData("Last year, the port handled more cargo.", "Last year", "2024")]
    [InlineData("Last fall, the port handled more cargo.", "Last fall", "2024-FA")]
    [InlineData("Yesterday, the port handled more cargo.", "Yesterday", "2025-04-29")]
    [InlineData("Tomorrow the port reopens.", "Tomorrow", "2025-05-01")]
    [InlineData("This week the port handled more cargo.", "This week", "2025-W18")]
    [InlineData("Next month the port reopens.", "Next month", "2025-05")]
    [InlineData("The port reopened last Friday.", "last Friday", "2025-04-25")]
    [InlineData("The port reopens next Monday.", "next Monday", "2025-05-05")]
    [InlineData("The port closed last November.", "last November", "2024-11")]
    [InlineData("This summer the port reopens.", "This summer", "2025-SU")]
    [InlineData("The port handled more cargo in the last week.", "the last week", "2025-W17")]
    [InlineData("The port reopened this past weekend.", "this past weekend", "2025-W17-WE")]
    [InlineData("The port reopens this coming Sunday.", "this coming Sunday", "2025-05-04")]
    public void Counts_from_the_publication_date(string text, string span, string value) => DateAssert.Value(text, span, value);

    [Fact]
    public void Counted_back_from_now()
    {
        DateAssert.Value("The strike ended two days ago.", "two days ago", "2025-04-28");
        DateAssert.Value("The strike ended three years ago.", "three years ago", "2022");
        DateAssert.Value("The strike ended a few days ago.", "a few days ago", "PAST_REF");
    }

    [Fact]
    public void Earlier_this_year_marks_the_start_of_the_year()
    {
        var date = DateAssert.Single("Earlier this year the port closed.", "Earlier this year");
        Assert.Equal("2025", date.Value);
        Assert.Equal("START", date.Mod);
    }

    [Fact]
    public void Since_stays_outside_and_the_start_of_sets_the_mod()
    {
        var date = DateAssert.Single("Since the start of 2025, exports have doubled.", "the start of 2025");
        Assert.Equal("2025", date.Value);
        Assert.Equal("START", date.Mod);
    }

    [Fact]
    public void Early_and_late_modify_periods()
    {
        Assert.Equal("END", DateAssert.Single("The plant opened in late November.", "late November").Mod);
        Assert.Equal("START", DateAssert.Single("Costs rose in the early 1980s.", "the early 1980s").Mod);
        Assert.Equal("MID", DateAssert.Single("Costs rose in mid-April.", "mid-April").Mod);
    }

    [Fact]
    public void Vague_references_to_present_past_and_future()
    {
        DateAssert.Value("The firm now employs 40 people.", "now", "PRESENT_REF");
        DateAssert.Value("The firm recently hired 40 people.", "recently", "PAST_REF");
        DateAssert.Value("The firm will hire more in the future.", "the future", "FUTURE_REF");
    }

    [Fact]
    public void Soon_after_relates_events_rather_than_naming_a_time() =>
        DateAssert.None("Soon after, the firm hired 40 people.");

    [Fact]
    public void The_weekend_just_past()
    {
        var date = DateAssert.Single("Protesters gathered over the weekend.", "the weekend");
        Assert.Equal("2025-W17-WE", date.Value);
        Assert.Equal(TemporalType.Date, date.Type);
    }

    [Theory]
    [InlineData("Shares hit a high for the year in March.", "the year")]
    [InlineData("Profit will grow throughout the fiscal year.", "the fiscal year")]
    public void The_year_on_its_own_is_the_current_one(string text, string span) =>
        DateAssert.Value(text, span, "2025");

    [Fact]
    public void The_year_ended_on_a_date_is_a_twelve_month_duration() =>
        DateAssert.Value("Net income for the year ended June 30 rose 8%.", "the year", "P1Y", type: TemporalType.Duration);

    [Theory]
    [InlineData("Crime rose over the past year.", "the past year", "2024")]
    [InlineData("Crime rose over the past month.", "the past month", "2025-03")]
    [InlineData("Crime rose over the past week.", "the past week", "2025-W17")]
    public void The_past_calendar_unit_is_the_one_before_the_current_one(string text, string span, string value) =>
        DateAssert.Value(text, span, value);

    [Theory]
    [InlineData("Sales for the full year rose 8%.", "the full year")]
    [InlineData("Shares hit a high for the year of $42 in June.", "the year")]
    public void The_full_year_and_the_year_before_a_price_are_the_current_one(string text, string span) =>
        DateAssert.Value(text, span, "2025");

    [Theory]
    [InlineData("The deal should close by year-end.", "year-end", "2025")]
    [InlineData("The deal should close by year end.", "year end", "2025")]
    [InlineData("The rules should be in place by year's end.", "year's end", "2025")]
    [InlineData("The index is up 5% since year-end.", "year-end", "2024")]
    public void Year_end_is_the_end_of_the_current_year_or_of_the_last_one_since(string text, string span, string value)
    {
        var date = DateAssert.Single(text, span);
        Assert.Equal(value, date.Value);
        Assert.Equal("END", date.Mod);
    }

    [Theory]
    [InlineData("Traders fear the current weakness in bonds.", "current", "PRESENT_REF")]
    [InlineData("His current wife travels with him.", "current", "PRESENT_REF")]
    [InlineData("Holders may buy shares at the then current price.", "then current", "PAST_REF")]
    [InlineData("Profits will suffer in the near term.", "the near term", "FUTURE_REF")]
    [InlineData("The town will one day be a city.", "one day", "FUTURE_REF")]
    [InlineData("The bonds will be sold at a later date.", "a later date", "FUTURE_REF")]
    public void Adjectives_and_idioms_that_refer_to_present_past_or_future(string text, string span, string value) =>
        DateAssert.Value(text, span, value);

    [Fact]
    public void The_current_fiscal_year_is_this_year_even_before_a_relative_clause() =>
        DateAssert.Value("Sales in the current fiscal year that ends in June should rise.", "the current fiscal year", "2025");

    [Theory]
    [InlineData("Sales rose 4% in the latest fiscal year.", "the latest fiscal year")]
    [InlineData("Profit fell in the most recent year.", "the most recent year")]
    public void The_latest_year_is_the_last_one_completed(string text, string span) => DateAssert.Value(text, span, "2024");

    [Fact]
    public void An_early_or_late_season_is_a_date_without_a_preposition()
    {
        var summer = DateAssert.Single("Demand recovered from the lows of the early summer, the firm said.", "the early summer");
        Assert.Equal("2024-SU", summer.Value);
        Assert.Equal("START", summer.Mod);
    }

    [Theory]
    [InlineData("In the capital, today is the eighth day of the siege.", "the eighth day")]
    [InlineData("Shelling went on. It's the second day of the offensive.", "the second day")]
    [InlineData("It is the first day of the strike.", "the first day")]
    public void A_count_of_days_said_of_today_is_the_publication_date(string text, string span) =>
        DateAssert.Value(text, span, "2025-04-30");
}
