namespace AnnotationSdk.Engine.Tests.Dates;

/// <summary>Dates resolved against the date the story last talked about, with the anchor recorded.</summary>
public class AnaphoricDateTests
{
    [Fact]
    public void A_year_later_counts_from_the_year_just_mentioned()
    {
        const string Text = "In 2019, the band toured Japan; a year later, it split up.";
        var later = DateAssert.Single(Text, "a year later");
        Assert.Equal("2020", later.Value);
        Assert.NotNull(later.Anchor);
        Assert.Equal("2019", later.Anchor!.Value);
    }

    [Fact]
    public void That_same_day_goes_back_to_the_date_that_opened_the_story_not_to_a_background_date()
    {
        const string Text = "On April 26, the mayor announced the deal, which builds on a pact signed in June of last year " +
            "and ratified on December 4. That same day, the council met.";
        var sameDay = DateAssert.Single(Text, "That same day");
        Assert.Equal("2025-04-26", sameDay.Value);
        Assert.Equal("2025-04-26", sameDay.Anchor!.Value);
        DateAssert.Value(Text, "June of last year", "2024-06");
    }

    [Fact]
    public void That_same_month_keeps_the_month()
    {
        const string Text = "In February, the firm cut jobs. That same month, its rival hired.";
        var sameMonth = DateAssert.Single(Text, "That same month");
        Assert.Equal("2025-02", sameMonth.Value);
        Assert.Equal("2025-02", sameMonth.Anchor!.Value);
    }

    [Fact]
    public void The_following_day_steps_from_the_anchor() =>
        DateAssert.Value("The storm hit on March 3. The following day, power came back.", "The following day", "2025-03-04");

    [Fact]
    public void Parts_of_the_day_talked_about()
    {
        const string Text = "On March 3, the ferry sank. That night, rescuers arrived, and the next morning divers searched.";
        var night = DateAssert.Single(Text, "That night");
        Assert.Equal("2025-03-03TNI", night.Value);
        Assert.Equal("2025-03-03", night.Anchor!.Value);
        DateAssert.Value(Text, "the next morning", "2025-03-04TMO", type: Model.TemporalType.Time);
    }

    [Fact]
    public void A_year_earlier_compares_like_periods()
    {
        const string Text = "Profit rose 5% in the third quarter of 2024 from a year earlier.";
        var earlier = DateAssert.Single(Text, "a year earlier");
        Assert.Equal("2023-Q3", earlier.Value);
        Assert.Equal("2024-Q3", earlier.Anchor!.Value);
    }

    [Fact]
    public void The_quarter_is_the_one_just_reported_on()
    {
        const string Text = "Net rose in the third quarter of 2024. Sales in the quarter rose 5% from a year ago.";
        var quarter = DateAssert.Single(Text, "the quarter");
        Assert.Equal("2024-Q3", quarter.Value);
        Assert.Equal("2024-Q3", quarter.Anchor!.Value);
        DateAssert.Value(Text, "a year ago", "2023-Q3");
        DateAssert.Value("Sales in the latest quarter rose.", "the latest quarter", "2025-Q1");
    }

    [Fact]
    public void Counting_from_a_computed_date_does_not_drift()
    {
        const string Text = "Profit rose in the third quarter of 2024 from a year earlier. Sales also beat the year-earlier level.";
        DateAssert.Value(Text, "a year earlier", "2023-Q3");
        DateAssert.Value(Text, "year-earlier", "2023-Q3");
    }

    [Fact]
    public void Without_an_earlier_date_anaphora_falls_back_to_the_publication_date()
    {
        var date = DateAssert.Single("That same day, the council met.", "That same day");
        Assert.Equal("2025-04-30", date.Value);
        Assert.Null(date.Anchor);
    }

    [Fact]
    public void The_previous_or_following_weekday_counts_from_the_day_last_talked_about()
    {
        const string Text = "Stocks closed at a record on Friday, up 2% from the previous Friday.";
        var previous = DateAssert.Single(Text, "the previous Friday");
        Assert.Equal("2025-04-18", previous.Value);
        Assert.Equal("2025-04-25", previous.Anchor!.Value);
        DateAssert.Value("The strike began on April 3. The following Monday, talks resumed.", "The following Monday", "2025-04-07");
        DateAssert.Value("Shares fell from the previous Friday.", "the previous Friday", "2025-04-25");
    }

    [Fact]
    public void The_quarter_ended_on_a_day_is_the_calendar_quarter_most_of_it_falls_in()
    {
        var october = new DateOnly(2025, 10, 30);
        DateAssert.Value("In the quarter ended July 31, sales rose.", "the quarter", "2025-Q2", october);
        const string Text = "The airline had a record fiscal first quarter. For the quarter ended Sept. 30, net rose. A year earlier, it fell.";
        DateAssert.Value(Text, "the quarter", "2025-Q3", october);
        DateAssert.Value(Text, "A year earlier", "2024-Q3", october);
    }
}
