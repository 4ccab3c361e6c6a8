using AnnotationSdk.Engine.Text;
using AnnotationSdk.Evaluation.Polnear;

namespace AnnotationSdk.Evaluation.Tests.Polnear;

/// <summary>Gold quote runs from single marks, on sentences written here: quotes count, apostrophes do not.</summary>
public sealed class GoldQuoteRunsTests
{
    private static List<string> Gold(string text, bool singleMarks = true) =>
        GoldQuoteRuns.Find(text, [new TextSpan(0, text.Length)], singleMarks).Select(r => text[r.Start..r.End]).ToList();

    [Theory]
    [InlineData("Mayor calls ferry plan ‘a Small Miracle’", "‘a Small Miracle’")]
    [InlineData("Mayor calls ferry plan 'a small miracle' in speech", "'a small miracle'")]
    [InlineData("Harbour chief: ‘We Will Reopen.’", "‘We Will Reopen.’")]
    [InlineData("‘Unacceptable,’ says the council", "‘Unacceptable,’")]
    [InlineData("The board (‘deeply sorry’) met again.", "‘deeply sorry’")]
    public void A_single_quoted_run_is_gold(string text, string quote) =>
        Assert.Equal([quote], Gold(text));

    [Fact]
    public void Doubles_only_leaves_single_quoted_runs_out() =>
        Assert.Empty(Gold("Mayor calls ferry plan ‘a Small Miracle’", singleMarks: false));

    [Theory]
    [InlineData("They’ll say the town’s ferry is late.")]
    [InlineData("Norway’s and Chile’s fleets met in the ’90s.")]
    [InlineData("Back in the '90s the pier's owners sold it.")]
    [InlineData("The sailors’ union and the fishers’ guild agreed.")]
    [InlineData("They played rock 'n' roll on the pier.")]
    [InlineData("Tell 'em the ferry's late, 'cause it is.")]
    public void Apostrophes_make_no_run(string text) =>
        Assert.Empty(Gold(text));

    [Fact]
    public void A_closing_mark_that_may_be_a_plural_possessive_drops_the_run() =>
        Assert.Empty(Gold("Captain says ‘the sailors’ deal is done’"));

    [Fact]
    public void A_closing_mark_that_may_be_a_dropped_g_drops_the_run() =>
        Assert.Empty(Gold("He kept sayin’ ‘Nothin’ Doing’ to the press"));

    [Fact]
    public void A_single_quote_nested_in_a_double_quote_is_not_a_run_of_its_own() =>
        Assert.Equal(["“She told me ‘never again’ and left,”"], Gold("“She told me ‘never again’ and left,” the pilot said."));

    [Fact]
    public void A_single_mark_left_open_at_the_line_end_makes_no_run() =>
        Assert.Empty(Gold("He said ‘the pier\nis closed’ today"));

    [Fact]
    public void Two_single_marks_render_a_double_mark_not_two_single_runs() =>
        Assert.Equal(["''a relief''"[1..]], Gold("The town called it ''a relief'' on Monday."));

    [Fact]
    public void Single_runs_outside_gold_content_are_not_gold()
    {
        const string text = "Ferry ‘Safe’ Again, Says ‘Harbour Chief’";
        var runs = GoldQuoteRuns.Find(text, [new TextSpan(0, 12)], singleMarks: true);
        Assert.Equal("‘Safe’", text[runs.Single().Start..runs.Single().End]);
    }
}
