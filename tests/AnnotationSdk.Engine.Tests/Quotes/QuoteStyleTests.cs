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

    [Fact]
    public void Reported_speech_without_marks_is_indirect()
    {
        var annotated = Annotated.Of("The spokesman said the airport would reopen on Friday.");
        var quote = Assert.Single(annotated.Quotes);
        Assert.Equal(QuoteStyle.Indirect, quote.Style);
        Assert.Equal("the airport would reopen on Friday", annotated.TextOf(quote));
    }
}
