namespace AnnotationSdk.Engine.Tests.Dates;

public class AbsoluteDateTests
{
    [Theory]
    [InlineData("The talks opened on April 28, 2025, in Geneva.", "April 28, 2025", "2025-04-28")]
    [InlineData("The talks opened on 28 April 2025 in Geneva.", "28 April 2025", "2025-04-28")]
    [InlineData("The filing is dated 2025-04-28 and signed.", "2025-04-28", "2025-04-28")]
    [InlineData("The filing is dated 4/28/2025 and signed.", "4/28/2025", "2025-04-28")]
    [InlineData("The contract ran out on Sept. 30, 1989, without renewal.", "Sept. 30, 1989", "1989-09-30")]
    [InlineData("In October 2024, the mill closed.", "October 2024", "2024-10")]
    [InlineData("In 2022, the mill closed.", "2022", "2022")]
    [InlineData("Results for fiscal 1989 were flat.", "fiscal 1989", "1989")]
    public void Reads_full_and_month_dates(string text, string span, string value) => DateAssert.Value(text, span, value);

    [Fact]
    public void A_season_with_a_year_keeps_its_determiner() =>
        DateAssert.Value("Troops could deploy as early as the summer of 2024, the report said.", "the summer of 2024", "2024-SU");

    [Fact]
    public void A_decade_keeps_its_determiner()
    {
        DateAssert.Value("Prices doubled in the 1990s and fell later.", "the 1990s", "199");
        DateAssert.Value("It was a hit song of the ’80s.", "the ’80s", "198");
    }

    [Fact]
    public void A_decade_in_words_is_the_latest_one_begun_by_the_publication_date()
    {
        DateAssert.Value("Crime fell steadily through the nineties.", "the nineties", "199");
        DateAssert.Value("Rents have soared in the twenties.", "the twenties", "202");
        var sixties = DateAssert.Single("The band formed in the early sixties.", "the early sixties");
        Assert.Equal("196", sixties.Value);
        Assert.Equal("START", sixties.Mod);
    }

    [Fact]
    public void Centuries_and_spoken_years()
    {
        DateAssert.Value("In the 20th century, the city grew.", "the 20th century", "19");
        DateAssert.Value("the flood of nineteen ninety-six ruined the crop", "nineteen ninety-six", "1996");
    }

    [Fact]
    public void A_quarter_takes_the_year_of_the_publication_date_unless_it_is_told_in_the_past()
    {
        DateAssert.Value("Sales should recover in Q3, the company said.", "Q3", "2025-Q3");
        DateAssert.Value("Profit rose in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3");
        DateAssert.Value("Third-quarter profit will rise 5%.", "Third-quarter", "2025-Q3");

        // On April 30 the third quarter has not begun: if its profit already rose, it was last year's.
        DateAssert.Value("Third-quarter profit rose 5%.", "Third-quarter", "2024-Q3");
    }

    [Fact]
    public void A_quarter_with_a_year_qualifier_is_one_expression()
    {
        DateAssert.Value("Profit in the 2024 second quarter was flat.", "the 2024 second quarter", "2024-Q2");
        DateAssert.Value("Sales for last year's fourth quarter fell.", "last year's fourth quarter", "2024-Q4");
        DateAssert.Value("The miner earned $3 million in the fiscal-first quarter.", "the fiscal-first quarter", "2025-Q1");
    }

    [Fact]
    public void A_year_before_period_means_the_reported_period_in_that_year()
    {
        const string Text = "Net rose in the third quarter of 2024. In the 2023 period, it fell.";
        DateAssert.Value(Text, "the 2023 period", "2023-Q3");
        DateAssert.Value("In the 2023 period, net fell.", "the 2023 period", "2023");
    }

    [Fact]
    public void An_open_end_belongs_to_the_span()
    {
        var date = DateAssert.Single("The unit will not be profitable until 2027 or later.", "2027 or later");
        Assert.Equal("2027", date.Value);
        Assert.Equal("ON_OR_AFTER", date.Mod);
    }

    [Fact]
    public void A_possessive_stays_outside_the_span()
    {
        DateAssert.Value("Traders sold after Friday's slide.", "Friday", "2025-04-25");
    }

    [Fact]
    public void A_month_or_a_season_with_a_spoken_year_is_one_date()
    {
        DateAssert.Value("Prices last hit that level in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01");
        DateAssert.Value("Oil was cheap in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI");
    }

    [Fact]
    public void The_last_half_of_a_year_is_its_second_half()
    {
        DateAssert.Value("Earnings will lag in the last half of 2024, the brewer said.", "the last half of 2024", "2024-H2");
        var eighties = DateAssert.Single("Sales were flat in the last half of the '80s.", "the last half of the '80s");
        Assert.Equal("198", eighties.Value);
        Assert.Equal("END", eighties.Mod);
    }

    [Fact]
    public void A_bare_day_joined_to_a_month_and_day_is_another_day_of_that_month()
    {
        DateAssert.Value("Leaders will meet in Rome on June 24 and 25.", "25", "2025-06-25");
        DateAssert.Value("The fair runs from Sept. 3 to 7 in the park.", "7", "2025-09-07");
        Assert.Single(DateAssert.Dates("Police said that on June 24 and 25 people were hurt."));
        Assert.Single(DateAssert.Dates("Turnout on June 24 and 25 percent of votes counted."));
    }
}
