namespace AnnotationSdk.Engine.Tests.Dates;

/// <summary>Words and numbers that look like dates but are not.</summary>
public class NotDateTests
{
    [Theory]
    [InlineData("Officials may decide to act.")]
    [InlineData("On the second day of the talks, they agreed.")]
    [InlineData("The fans left before the fifth quarter of the show.")]
    [InlineData("May I ask a question?")]
    [InlineData("Rule 3 may apply to the case.")]
    [InlineData("Thousands will march on the capital.")]
    [InlineData("Apple Inc. reported higher sales of phones.")]
    [InlineData("The army sent 3,000 soldiers to the border.")]
    [InlineData("The hostage, 37 years old, was freed.")]
    [InlineData("The fund holds more than a quarter of the bonds.")]
    [InlineData("The fund holds three quarters of the bonds.")]
    [InlineData("The army sent 2000 soldiers to the border.")]
    [InlineData("The deal is worth $2025 per unit.")]
    [InlineData("June Carter sang at the fair.")]
    [InlineData("He came in third quarterly in the rankings.")]
    [InlineData("As soon as the polls close, counting begins.")]
    [InlineData("The party daily Granma printed the letter.")]
    [InlineData("She wrote for the Daily Telegraph.")]
    [InlineData("Sales had doubled the year before.")]
    [InlineData("The winner, a man in his nineties, waved.")]
    [InlineData("The patient was soon released from the clinic.")]
    [InlineData("A trickle of cash soon became a flood.")]
    [InlineData("The rebels soon retreated into the hills.")]
    public void Finds_no_date(string text) => DateAssert.None(text);

    [Fact]
    public void Soon_ahead_of_a_verb_to_come_is_still_a_future_reference()
    {
        DateAssert.Value("The maker will soon begin selling larger boxes.", "soon", "FUTURE_REF");
        DateAssert.Value("Prosecutors may soon seek an indictment.", "soon", "FUTURE_REF");
    }

    [Fact]
    public void May_with_a_day_is_a_date_and_may_the_modal_is_not()
    {
        var dates = DateAssert.Dates("The board may meet on May 9.");
        Assert.Equal("May 9", "The board may meet on May 9."[dates.Single().Span.Start..dates.Single().Span.End]);
    }

    /// <summary>Decision: a holiday name is a date only when its year can be resolved from the text (a year, a
    /// deictic like "upcoming", or a temporal preposition); as a modifier it names an event.</summary>
    [Fact]
    public void A_holiday_used_as_a_modifier_is_an_event_not_a_date()
    {
        const string Text = "The Victory Day parade drew crowds.";
        DateAssert.None(Text);
    }

    [Fact]
    public void A_holiday_with_a_resolvable_year_is_a_date()
    {
        DateAssert.Value("Veterans prepared for the upcoming Victory Day celebrations.", "Victory Day", "2025-05-09");
        DateAssert.Value("The store closed on Christmas 2024.", "Christmas 2024", "2024-12-25");
        DateAssert.Value("The family gathered on Thanksgiving.", "Thanksgiving", "2024-11-28");
    }

    [Fact]
    public void A_holiday_after_a_verb_in_the_past_tense_is_when_it_happened()
    {
        var january = new DateOnly(2026, 1, 7);
        DateAssert.Value("The sailor was rescued Thanksgiving Day, clinging to a raft.", "Thanksgiving Day", "2025-11-27", january);
        DateAssert.Value("The sailor was found Thanksgiving Day drifting near the reef.", "Thanksgiving Day", "2025-11-27", january);
        DateAssert.None("Volunteers built Christmas displays in the square.", january);
    }

    [Theory]
    [InlineData("Baker spoke on ABC's This Week with reporters.")]
    [InlineData("He said on CBS's 60 Minutes that he would stay.")]
    [InlineData("The scene recalls the film High Noon in places.")]
    [InlineData("This is VOA Today from Washington.")]
    public void A_time_word_capitalized_inside_a_title_is_part_of_the_name(string text) => DateAssert.None(text);

    [Fact]
    public void A_time_word_capitalized_at_the_start_of_a_sentence_is_still_a_date()
    {
        DateAssert.Value("Crowds gathered. This week, the council met.", "This week", "2025-W18");
        DateAssert.Value("Crowds gathered. Today the council meets.", "Today", "2025-04-30");
        DateAssert.Value("He grew up in the U.S. Today he lives in Lyon.", "Today", "2025-04-30");
    }

    [Theory]
    [InlineData("Swimmers fought against the current.")]
    [InlineData("The current account deficit widened.")]
    public void Current_as_a_noun_or_in_the_balance_of_trade_is_not_a_time(string text) => DateAssert.None(text);
}
