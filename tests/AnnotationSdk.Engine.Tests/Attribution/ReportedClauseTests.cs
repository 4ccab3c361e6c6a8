using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Tests.Quotes;

namespace AnnotationSdk.Engine.Tests.Attribution;

/// <summary>Where reported speech without quote marks starts and ends.</summary>
public class ReportedClauseTests
{
    [Theory]
    [InlineData("The permit, the harbour board said, had been hard to get.", "said", "The permit, the harbour board said, had been hard to get")]
    [InlineData("The ferry will stop in May, the council said at a meeting on Monday.", "said", "The ferry will stop in May")]
    [InlineData("The ferry could run all winter, said Ana Ruiz, the council’s head of transport.", "said", "The ferry could run all winter")]
    [InlineData("The ferry will stop in May, the council wrote on its website.", "wrote", "The ferry will stop in May")]
    public void The_clause_a_source_closes_or_sits_in_is_the_report(string text, string cue, string content)
    {
        var annotated = Annotated.Of(text);
        var quote = Assert.Single(annotated.Quotes, q => q.Style == QuoteStyle.Indirect);
        Assert.Equal(content, annotated.TextOf(quote));
        Assert.Equal(cue, annotated.CueOf(quote.Attribution!));
    }

    [Theory]
    [InlineData("The mayor said the ferry would stop in May, adding that buses would replace it.")]
    [InlineData("The mayor said the ferry would stop in May, and the council added that buses would replace it.")]
    [InlineData("The mayor said the ferry would stop in May; buses would replace it.")]
    public void A_report_ends_where_the_next_one_starts(string text)
    {
        var annotated = Annotated.Of(text);
        var said = Assert.Single(annotated.Result.Attributions, a => annotated.CueOf(a) == "said");
        Assert.Equal("the ferry would stop in May", annotated.TextOf(Assert.Single(said.Quotes)));
    }

    [Theory]
    [InlineData("The survey found turnout rose in the north, while it fell in the south.", "turnout rose in the north")]
    [InlineData("The survey found 40 percent backed the ferry, compared with 25 percent last year.", "40 percent backed the ferry")]
    [InlineData("The survey found turnout rose in the north, even as the south stayed home.", "turnout rose in the north")]
    [InlineData("The mayor said the plan is sound, although it needs more money.", "the plan is sound, although it needs more money")]
    public void A_report_ends_before_the_writers_contrast_and_keeps_the_speakers_concession(string text, string content)
    {
        var annotated = Annotated.Of(text);
        var quote = Assert.Single(annotated.Quotes, q => q.Style == QuoteStyle.Indirect);
        Assert.Equal(content, annotated.TextOf(quote));
    }

    [Theory]
    [InlineData("Dana Hill, who said the ferry would stop in May, told reporters the buses were ready.", "who", "the ferry would stop in May")]
    [InlineData("Dana Hill, who argued the ferry was too costly, will meet the council on Monday.", "who", "the ferry was too costly")]
    [InlineData("Dana Hill, who said prices, wages and rents had risen, left early.", "who", "prices, wages and rents had risen, left early")]
    public void A_report_in_the_subjects_relative_clause_ends_where_the_main_clause_goes_on(string text, string source, string content)
    {
        var annotated = Annotated.Of(text);
        var quote = Assert.Single(annotated.Quotes, q => q.Style == QuoteStyle.Indirect && annotated.TextOf(q.Attribution!) == source);
        Assert.Equal(content, annotated.TextOf(quote));
    }

    [Fact]
    public void A_report_ends_before_another_source_and_its_cue()
    {
        var annotated = Annotated.Of("Residents want the ferry kept running all winter, three people close to the petition said.");
        var want = Assert.Single(annotated.Result.Attributions, a => annotated.CueOf(a) == "want");
        Assert.Equal("the ferry kept running all winter", annotated.TextOf(Assert.Single(want.Quotes)));
    }

    [Theory]
    [InlineData("Sources close to the talks say the merger will be announced soon.", "announced")]
    [InlineData("At one point, a resident asked for help.", "asked")]
    [InlineData("Ruiz admitted that the ferry was late, but said her team had found the cause.", "found")]
    public void Words_not_set_off_from_a_cue_are_not_its_report(string text, string cue)
    {
        var annotated = Annotated.Of(text);
        Assert.DoesNotContain(annotated.Result.Attributions, a => annotated.CueOf(a) == cue);
    }
}
