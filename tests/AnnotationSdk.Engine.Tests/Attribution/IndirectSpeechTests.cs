using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Tests.Quotes;

namespace AnnotationSdk.Engine.Tests.Attribution;

public class IndirectSpeechTests
{
    [Theory]
    [InlineData("Minister Jonas Kahn said that the border would stay open.", "said", "the border would stay open")]
    [InlineData("Minister Jonas Kahn said the border would stay open.", "said", "the border would stay open")]
    [InlineData("Kahn suggested that the talks may resume in spring.", "suggested", "the talks may resume in spring")]
    [InlineData("According to the ministry, the border will stay open.", "According to", "the border will stay open")]
    [InlineData("The border will stay open, the ministry said.", "said", "The border will stay open")]
    [InlineData("Shipping records show the ferry sailed twice that week.", "show", "the ferry sailed twice that week")]
    [InlineData("Volunteers said the shelter had run out of blankets.", "said", "the shelter had run out of blankets")]
    [InlineData("Six in 10 said the shelter should stay open all winter.", "said", "the shelter should stay open all winter")]
    [InlineData("Half said the shelter should stay open all winter.", "said", "the shelter should stay open all winter")]
    [InlineData("The ferry left late on Sunday, the family said.", "said", "The ferry left late on Sunday")]
    [InlineData("Jo Roe, 59, who watched the parade, said the floats were the best in years.", "said", "the floats were the best in years")]
    [InlineData("Anna Berg’s campaign manager Tom Hale spoke to donors, arguing that the race was close.", "arguing", "the race was close")]
    [InlineData("Protesters crossed the square while chanting that the mill must stay open.", "chanting", "the mill must stay open")]
    [InlineData("Town Will Rebuild the Old Bridge, Mayor Says.", "Says", "Town Will Rebuild the Old Bridge")]
    [InlineData("Ohio’s tax commissioner says the audit was clean.", "says", "the audit was clean")]
    [InlineData("Lena Fischer on Tuesday said the pier would reopen soon.", "said", "the pier would reopen soon")]
    [InlineData("The bank just this month announced it would close the branch.", "announced", "it would close the branch")]
    [InlineData("Human rights groups warned that the camp was unsafe.", "warned", "the camp was unsafe")]
    [InlineData("The judge ordered that the pier be closed at once.", "ordered", "the pier be closed at once")]
    [InlineData("Protesters marched for hours from the old harbour past the town hall, the library, the two churches, the market square, the fire station, the bus depot and the closed mill on the river road toward the stadium, chanting that the mill must reopen.", "chanting", "the mill must reopen")]
    [InlineData("Tom Hale, who runs the veterans' fund, said the pier was unsafe.", "said", "the pier was unsafe")]
    [InlineData("The harbour master reported to Mayor Anna Berg that the pier was unsafe.", "reported", "the pier was unsafe")]
    [InlineData("The ferry captains all said the crossing was safe.", "said", "the crossing was safe")]
    [InlineData("The two wardens both argued that the gate should stay shut.", "argued", "the gate should stay shut")]
    [InlineData("The harbour master angrily said the pier had been closed too late.", "said", "the pier had been closed too late")]
    [InlineData("Mayor Ida Lund repeatedly and publicly insisted that the budget was sound.", "insisted", "the budget was sound")]
    [InlineData("The Mayor Ida Lund herself said the budget was sound.", "said", "the budget was sound")]
    [InlineData("In a Harbour Gazette poll released Monday, the new ferry came out on top.", "In", "the new ferry came out on top")]
    [InlineData("When asked about the ferry, the mayor shrugged.", "asked", "about the ferry")]
    [InlineData("More than six in 10 said the ferry should run all winter.", "said", "the ferry should run all winter")]
    [InlineData("Nearly half said the ferry should run all winter.", "said", "the ferry should run all winter")]
    [InlineData("The harbour master shot back that the pier was safe.", "shot back", "the pier was safe")]
    [InlineData("The mayor made clear that the ferry would keep running.", "made clear", "the ferry would keep running")]
    [InlineData("The harbour vote is widely expected to take place next week.", "expected", "to take place next week")]
    [InlineData("The harbour board seemed to back away from the plan.", "seemed", "to back away from the plan")]
    public void Reported_speech_is_attributed(string text, string cue, string content)
    {
        var annotated = Annotated.Of(text);
        var quote = Assert.Single(annotated.Quotes, q => q.Style == QuoteStyle.Indirect);
        Assert.Equal(content, annotated.TextOf(quote));
        Assert.NotNull(quote.Attribution);
        Assert.Equal(cue, annotated.CueOf(quote.Attribution));
    }

    [Fact]
    public void A_naming_verb_in_a_what_clause_leaves_the_quote_to_the_outer_cue()
    {
        var annotated = Annotated.Of("The minister condemned what he called a “reckless act” by the port.");
        var quote = Assert.Single(annotated.Quotes);
        Assert.NotNull(quote.Attribution);
        Assert.Equal("condemned", annotated.CueOf(quote.Attribution));
        Assert.Equal("The minister", annotated.Text[quote.Attribution.Span.Start..quote.Attribution.Span.End]);
    }

    [Fact]
    public void A_lower_case_title_before_a_name_after_the_cue_is_the_source()
    {
        var annotated = Annotated.Of("“The pier will hold,” said harbour engineer Tove Lind.");
        var quote = Assert.Single(annotated.Quotes);
        Assert.NotNull(quote.Attribution);
        Assert.Equal("harbour engineer Tove Lind", annotated.Text[quote.Attribution.Span.Start..quote.Attribution.Span.End]);
    }

    [Fact]
    public void The_rules_opening_a_paragraph_or_a_sentence_apply_past_the_first_one()
    {
        var annotated = Annotated.Of("The ferry ran late again on Sunday.\n\nHALE: Well, the pier will hold up for years to come.\n\n"
            + "The mayor spoke first. In a Harbour Gazette poll released Monday, the new ferry came out on top.");
        Assert.Contains(annotated.Result.Attributions, a => a.Rule == "attribution.colon");
        Assert.Contains(annotated.Result.Attributions, a => a.Rule == "attribution.poll");
    }

    [Fact]
    public void A_cue_inside_a_quote_reports_nothing_and_the_cue_after_it_does()
    {
        var annotated = Annotated.Of("“Officials said the pier was safe,” Hale wrote on Monday, and the mayor said the ferry would run all winter.");
        var quote = Assert.Single(annotated.Quotes, q => q.Style == QuoteStyle.Indirect);
        Assert.Equal("the ferry would run all winter", annotated.TextOf(quote));
        Assert.Equal("said", annotated.CueOf(quote.Attribution!));
    }

    [Theory]
    [InlineData("In the Harbour Gazette poll, the ferry.")]
    [InlineData("In Paris, the ferry union said nothing new.")]
    [InlineData("In a long interview with the pollsters, the mayor smiled.")]
    public void A_sentence_opening_in_without_a_poll_or_content_is_no_cue(string text)
    {
        Assert.DoesNotContain(Annotated.Of(text).Result.Attributions, a => a.Rule == "attribution.poll");
    }

    [Theory]
    [InlineData("The report is due in May.")]
    [InlineData("The United States imposed new tariffs.")]
    [InlineData("Farmers plant wheat in the autumn.")]
    [InlineData("The river continues to rise after the storm.")]
    [InlineData("Thanks to the new levee, the village stayed dry.")]
    [InlineData("The town council voted on the new parking rates and rules.")]
    [InlineData("The effort to restore power across the eastern valley had concluded.")]
    [InlineData("The council printed a more detailed map of the harbour.")]
    [InlineData("A second crate of old maps was found near the pier.")]
    [InlineData("The new ferry route was backed by a loan from the port.")]
    [InlineData("If the harbour job were offered, the captain would take it.")]
    [InlineData("The show drew few viewers in its second season.")]
    [InlineData("The senator has 85 percent support among the island's farmers.")]
    [InlineData("The fund’s claims against the old harbour board went nowhere.")]
    [InlineData("The mayor was criticized for the late ferry by her rivals.")]
    [InlineData("The new ferry timetable was announced on Monday after a long meeting.")]
    public void Sentences_without_a_cue_have_no_attribution(string text)
    {
        Assert.Empty(Annotated.Of(text).Result.Attributions);
    }
}
