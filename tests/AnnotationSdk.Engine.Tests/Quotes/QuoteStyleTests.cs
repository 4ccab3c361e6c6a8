using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Tests.Quotes;

public class QuoteStyleTests
{
    [Fact]
    public void A_whole_utterance_is_direct()
    {
        var annotated = Annotated.Of("“The river has never been this low,” the ferryman said.");
        Assert.Equal(QuoteStyle.Direct, annotated.Quote("“The river has never been this low,”").Style);
    }

    [Fact]
    public void A_quoted_fragment_inside_paraphrase_is_mixed()
    {
        var annotated = Annotated.Of("The coach praised the team’s “remarkable discipline and stamina” after the final.");
        Assert.Equal(QuoteStyle.Mixed, annotated.Quote("“remarkable discipline and stamina”").Style);
    }

    [Fact]
    public void A_short_fragment_after_a_speech_verb_is_mixed()
    {
        var annotated = Annotated.Of("The senator called the proposal “reckless” during the hearing.");
        Assert.Equal(QuoteStyle.Mixed, annotated.Quote("“reckless”").Style);
    }

    [Theory]
    [InlineData("The so-called “peace committees” met again in the capital.", "“peace committees”")]
    [InlineData("She hosts “Morning With Friends” on a local station.", "“Morning With Friends”")]
    [InlineData("The striker, nicknamed “the Hammer”, scored twice.", "“the Hammer”")]
    [InlineData("The so-called Northern and Southern “free cities” held a vote.", "“free cities”")]
    public void Names_titles_and_so_called_terms_are_scare_quotes(string text, string quoted)
    {
        var annotated = Annotated.Of(text);
        Assert.Equal(QuoteStyle.Scare, annotated.Quote(quoted).Style);
    }

    [Theory]
    [InlineData("The so-called “plan to save the harbour from the river” failed.", QuoteStyle.Scare)]
    [InlineData("The so-called “plan to save the old harbour from the river” failed.", QuoteStyle.Mixed)]
    public void A_so_called_term_is_at_most_eight_words(string text, QuoteStyle style)
    {
        var annotated = Annotated.Of(text);
        Assert.Equal(style, Assert.Single(annotated.Marked).Style);
    }

    [Theory]
    [InlineData("The mayor once called the harbour master “Captain Sleepy” in a council meeting.", "“Captain Sleepy”")]
    [InlineData("The mayor called his rival “Captain Sleepy” and “Admiral Nobody” at the rally.", "“Admiral Nobody”")]
    [InlineData("The minister described the so-called Harbour Accord as “the best deal in decades” on Monday.", "“the best deal in decades”")]
    public void A_name_someone_was_called_is_that_speakers_words(string text, string quoted)
    {
        var annotated = Annotated.Of(text);
        Assert.Equal(QuoteStyle.Mixed, annotated.Quote(quoted).Style);
        Assert.NotNull(annotated.Quote(quoted).Attribution);
    }

    [Theory]
    [InlineData("Harbour Chief: Ferry Fares Are ‘Out of Control’\n\nThe harbour chief spoke to the council on Monday.", "‘Out of Control’", "Harbour Chief", ":")]
    [InlineData("Mayor Says Budget Is ‘A Disgrace’\n\nThe mayor spoke to the council on Monday.", "‘A Disgrace’", "Mayor", "Says")]
    public void A_quote_in_a_headline_is_speech_by_whoever_opens_the_line(string text, string quoted, string source, string cue)
    {
        var annotated = Annotated.Of(text);
        var quote = annotated.Quote(quoted);
        Assert.NotEqual(QuoteStyle.Scare, quote.Style);
        Assert.NotNull(quote.Attribution);
        Assert.Equal(source, annotated.TextOf(quote.Attribution));
        Assert.Equal(cue, annotated.CueOf(quote.Attribution));
    }

    [Fact]
    public void Reported_speech_without_marks_is_indirect()
    {
        var annotated = Annotated.Of("The spokesman said the airport would reopen on Friday.");
        var quote = Assert.Single(annotated.Quotes);
        Assert.Equal(QuoteStyle.Indirect, quote.Style);
        Assert.Equal("the airport would reopen on Friday", annotated.TextOf(quote));
    }
}
