namespace AnnotationSdk.Engine.Tests.Dates;

/// <summary>Dates written without a year, resolved as a reader of a story published on 2025-04-30 would.</summary>
public class PartialDateTests
{
    [Fact]
    public void A_recent_day_is_in_the_publication_year() =>
        DateAssert.Value("On April 26, the council voted to close the bridge.", "April 26", "2025-04-26");

    [Fact]
    public void A_later_month_with_no_cue_is_the_previous_year() =>
        DateAssert.Value("The treaty was ratified and came into force on December 4.", "December 4", "2024-12-04");

    [Fact]
    public void A_future_cue_sends_the_date_ahead()
    {
        DateAssert.Value("Crowds are expected for the upcoming parade on May 9.", "May 9", "2025-05-09");
        DateAssert.Value("The minister will visit the region on March 3.", "March 3", "2026-03-03");
        DateAssert.Value("The board will vote on Nov. 3.", "Nov. 3", "2025-11-03");
        DateAssert.Value("Shops stocked up ahead of the holiday on Nov. 3.", "Nov. 3", "2025-11-03");
        DateAssert.Value("The board voted on Nov. 3.", "Nov. 3", "2024-11-03");
    }

    [Fact]
    public void A_past_cue_sends_the_date_back_when_that_is_plausible() =>
        DateAssert.Value("The fiscal year ended Sept. 30 with a loss.", "Sept. 30", "2024-09-30");

    [Fact]
    public void A_cue_that_would_push_a_date_most_of_a_year_away_is_overruled() =>
        DateAssert.Value("The offer was extended to May 16 after talks.", "May 16", "2025-05-16");

    [Fact]
    public void A_bare_month_is_the_nearest_one()
    {
        DateAssert.Value("In February, the plant reopened.", "February", "2025-02");
        DateAssert.Value("In October, when the storm hit, roads flooded.", "October", "2024-10");
    }

    [Fact]
    public void A_past_verb_sends_a_bare_month_back_most_of_a_year()
    {
        var october = new DateOnly(2025, 10, 30);
        DateAssert.Value("The fund bought the chain in February.", "February", "2025-02", october);
        DateAssert.Value("The fund will buy the chain in February.", "February", "2026-02", october);
    }

    [Fact]
    public void A_bare_weekday_is_the_one_just_past_unless_the_sentence_looks_ahead()
    {
        DateAssert.Value("The mayor resigned on Friday.", "Friday", "2025-04-25");
        DateAssert.Value("The mayor will resign on Friday.", "Friday", "2025-05-02");
        DateAssert.Value("The mayor resigned on Wednesday.", "Wednesday", "2025-04-30");
        DateAssert.Value("Talks between the unions resume Thursday.", "Thursday", "2025-05-01");
        DateAssert.Value("Talks between the unions ended Thursday.", "Thursday", "2025-04-24");
    }

    [Fact]
    public void A_reporting_verb_right_next_to_a_weekday_dates_the_telling()
    {
        DateAssert.Value("Officials said Monday that talks will resume.", "Monday", "2025-04-28");
        DateAssert.Value("The union told reporters Monday that talks will resume.", "Monday", "2025-05-05");
    }

    [Fact]
    public void An_arrangement_or_a_plan_in_progress_looks_ahead()
    {
        DateAssert.Value("The exhibition is to open in Paris on Monday.", "Monday", "2025-05-05");
        DateAssert.Value("Protesters were planning to march on Monday.", "Monday", "2025-05-05");
    }

    [Fact]
    public void A_planning_word_looks_ahead_for_a_date_after_it_and_dates_the_planning_before_it()
    {
        DateAssert.Value("The delegation planned to fly home on Friday.", "Friday", "2025-05-02");
        DateAssert.Value("Growers planned a large rally in the capital on Saturday.", "Saturday", "2025-05-03");
        DateAssert.Value("The talks are supposed to wrap up by March.", "March", "2026-03");
        DateAssert.Value("On Monday, the ministry planned a recount.", "Monday", "2025-04-28");
        DateAssert.Value("The crew had planned to land on Friday.", "Friday", "2025-04-25");
        // Deferral verbs are not plan cues: "postponed a vote on Thursday" dates the postponing.
        DateAssert.Value("The council postponed a vote on Tuesday on the budget.", "Tuesday", "2025-04-29");
        DateAssert.Value("Farmers will rally in the square on Saturday and were planning to block a road on Monday.", "Saturday", "2025-05-03");
        DateAssert.Value("A vote on Saturday was expected to settle it.", "Saturday", "2025-05-03");
    }

    [Fact]
    public void A_passive_participle_is_not_a_past_cue() =>
        DateAssert.Value("Shares will trade where they are listed on Friday.", "Friday", "2025-05-02");

    [Fact]
    public void Next_to_a_place_is_not_a_future_cue() =>
        DateAssert.Value("A bomb exploded next to the embassy on Friday.", "Friday", "2025-04-25");

    [Fact]
    public void A_period_that_ended_on_a_day_ended_before_publication_however_long_ago()
    {
        var november = new DateOnly(2025, 11, 30);
        DateAssert.Value("In the fiscal year ended Jan. 31, sales rose.", "Jan. 31", "2025-01-31", november);
        DateAssert.Value("In the quarter ended Dec. 5, sales rose.", "Dec. 5", "2024-12-05", november);
    }

    [Fact]
    public void A_weekday_followed_by_a_date_takes_the_written_date() =>
        DateAssert.Value("The vote is set for Saturday, May 3.", "Saturday, May 3", "2025-05-03");

    [Fact]
    public void A_bare_month_with_no_cue_leans_to_the_past_when_both_readings_are_about_as_near()
    {
        // Published October 30: March is seven months back or five ahead; news mostly reports what happened.
        var october = new DateOnly(2025, 10, 30);
        DateAssert.Value("Its shares, at $42 in June from $30 in March, look cheap.", "March", "2025-03", october);

        // Four months ahead against eight back: still the coming one.
        DateAssert.Value("Half the loan, repayable by February, looks safe.", "February", "2026-02", october);
    }

    [Fact]
    public void As_soon_as_or_as_early_as_looks_ahead()
    {
        DateAssert.Value("Talks could start as soon as Tuesday, aides said.", "Tuesday", "2025-05-06");
        DateAssert.Value("Talks could start as early as Tuesday, aides said.", "Tuesday", "2025-05-06");
        DateAssert.Value("Talks could start Tuesday, aides said.", "Tuesday", "2025-04-29");
    }

    [Fact]
    public void A_plan_in_the_past_perfect_was_overtaken_and_its_date_has_passed()
    {
        DateAssert.Value("The offer had been due to expire Friday.", "Friday", "2025-04-25");
        DateAssert.Value("The vote had been scheduled for Friday.", "Friday", "2025-04-25");
        DateAssert.Value("The offer is due to expire Friday.", "Friday", "2025-05-02");
    }

    [Fact]
    public void A_plan_to_do_something_looks_ahead_but_the_noun_plan_does_not()
    {
        DateAssert.Value("Officials did not plan to close the road on Monday.", "Monday", "2025-05-05");
        DateAssert.Value("The board announced the plan Monday.", "Monday", "2025-04-28");
    }

    [Fact]
    public void A_participle_describing_a_noun_is_not_a_past_cue()
    {
        var october = new DateOnly(2025, 10, 30);
        DateAssert.Value("The split would be paid on a still unspecified date in January.", "January", "2026-01", october);
        DateAssert.Value("The shares were sold in January.", "January", "2025-01", october);
    }

    [Fact]
    public void A_bare_season_after_over_or_into_is_the_nearest_one_in_the_tense_of_the_sentence()
    {
        var october = new DateOnly(2025, 10, 30);
        DateAssert.Value("Demand stayed strong well into the summer.", "the summer", "2025-SU", october);
        DateAssert.Value("Over the summer, rivals cut prices.", "the summer", "2025-SU", october);
        DateAssert.None("He spent the summer camp fees.", october);
    }
}
