using AnnotationSdk.Engine.Tests.Quotes;

namespace AnnotationSdk.Engine.Tests.Attribution;

public class CueTests
{
    [Theory]
    [InlineData("“The dam will hold,” the engineer said.", "“The dam will hold,”", "said", "the engineer")]
    [InlineData("“The dam will hold,” she told journalists on Monday.", "“The dam will hold,”", "told journalists", "she")]
    [InlineData("“And the levees too,” the engineer added.", "“And the levees too,”", "added", "the engineer")]
    [InlineData("The engineer noted that the levees were “in good shape.”", "“in good shape.”", "noted", "The engineer")]
    [InlineData("According to Marta Olsen, “the dam will hold through the winter.”", "“the dam will hold through the winter.”", "According to", "Marta Olsen")]
    [InlineData("The mayor praised the crew’s “tireless work through the storm.”", "“tireless work through the storm.”", "praised", "The mayor")]
    [InlineData("Olsen described the flood as a “once in a century event.”", "“once in a century event.”", "described", "Olsen")]
    [InlineData("The insurer claimed the storm was “an act of God,” not negligence.", "“an act of God,”", "claimed", "The insurer")]
    [InlineData("The agency confirmed that the road was “closed until further notice.”", "“closed until further notice.”", "confirmed", "The agency")]
    [InlineData("The local paper reported that residents were “furious about the delay.”", "“furious about the delay.”", "reported", "The local paper")]
    [InlineData("In her column, Dana Whitfield wrote that the plan was “doomed from the start.”", "“doomed from the start.”", "wrote", "Dana Whitfield")]
    [InlineData("Olsen: “The dam will hold through the winter.”", "“The dam will hold through the winter.”", ":", "Olsen")]
    [InlineData("“The dam will hold,” said former mayor Jane Orr.", "“The dam will hold,”", "said", "former mayor Jane Orr")]
    [InlineData("“The dam will hold,” said the farmer, who lives below it.", "“The dam will hold,”", "said", "the farmer")]
    [InlineData("“The dam will hold,” two in three said.", "“The dam will hold,”", "said", "two in three")]
    [InlineData("The board rated 40% of Liberal claims as “false” last year.", "“false”", "rated", "The board")]
    [InlineData("Farmers marching through the square chanted “No more cuts!” until dusk.", "“No more cuts!”", "chanted", "Farmers marching through the square")]
    [InlineData("Residents living near the plant said “the smell is unbearable.”", "“the smell is unbearable.”", "said", "Residents living near the plant")]
    [InlineData("“You cut the crews to the bone” to pay the dividend, she said, referring to the utility.", "“You cut the crews to the bone”", "said", "she")]
    public void Cue_and_source_are_found(string text, string quoted, string cue, string source)
    {
        var annotated = Annotated.Of(text);
        var attribution = annotated.AttributionOf(quoted);
        Assert.Equal(cue, annotated.CueOf(attribution));
        Assert.Equal(source, annotated.TextOf(attribution));
    }

    [Fact]
    public void A_participle_after_she_said_reports_only_what_follows_it()
    {
        var annotated = Annotated.Of("“You cut the crews to the bone” to pay the dividend, she said, adding that the board knew.");
        var adding = Assert.Single(annotated.Result.Attributions, a => annotated.CueOf(a) == "adding");
        Assert.Equal("she", annotated.TextOf(adding));
        Assert.Equal("the board knew", annotated.TextOf(Assert.Single(adding.Quotes)));
    }

    [Fact]
    public void A_question_opening_the_sentence_is_attributed_to_the_main_subject()
    {
        var annotated = Annotated.Of("Asked about the delay, the engineer said the dam would hold.");
        var question = Assert.Single(annotated.Result.Attributions, a => annotated.CueOf(a) == "Asked");
        Assert.Equal("the engineer", annotated.TextOf(question));
        Assert.Equal("about the delay", annotated.TextOf(Assert.Single(question.Quotes)));
    }

    [Fact]
    public void A_quote_with_a_cue_of_its_own_continues_no_earlier_speaker()
    {
        // The tag's source is beyond the rules; the quote is left without a speaker rather than given the one before.
        var annotated = Annotated.Of("“The dam will hold,” the engineer said.\n\n“We will appeal,” the mother of the twins who live next door replied.");
        Assert.Null(annotated.Quote("“We will appeal,”").Attribution);
    }

    [Fact]
    public void A_split_quote_shares_one_attribution()
    {
        var annotated = Annotated.Of("“The dam will hold,” the engineer said, “but the road will not.”");
        var first = annotated.AttributionOf("“The dam will hold,”");
        Assert.Same(first, annotated.AttributionOf("“but the road will not.”"));
        Assert.Equal(2, first.Quotes.Count);
    }

    [Fact]
    public void A_quote_introduced_by_a_colon_is_attributed_to_the_subject()
    {
        var annotated = Annotated.Of("Asked about the delay, the minister replied: “We are doing what we can.”");
        var attribution = annotated.AttributionOf("“We are doing what we can.”");
        Assert.Equal("replied", annotated.CueOf(attribution));
        Assert.Equal("the minister", annotated.TextOf(attribution));
    }

    [Fact]
    public void A_quote_followed_by_a_dash_and_a_name_is_attributed_to_the_name()
    {
        var annotated = Annotated.Of("“Nobody warned us about the water.” — Lena Fischer, resident");
        var attribution = annotated.AttributionOf("“Nobody warned us about the water.”");
        Assert.Equal("—", annotated.CueOf(attribution));
        Assert.Equal("Lena Fischer", attribution.Speaker);
    }
}
