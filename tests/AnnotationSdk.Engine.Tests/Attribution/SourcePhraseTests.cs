using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Tests.Quotes;

namespace AnnotationSdk.Engine.Tests.Attribution;

public class SourcePhraseTests
{
    [Theory]
    [InlineData("A spokesman for the harbour board said the pier was “unsafe.”", "“unsafe.”", "A spokesman for the harbour board")]
    [InlineData("A member of the council said the vote was “rushed.”", "“rushed.”", "A member of the council")]
    [InlineData("“The vote was rushed,” said a member of the council.", "“The vote was rushed,”", "a member of the council")]
    [InlineData("“The pier is unsafe,” said a longtime friend of the mayor.", "“The pier is unsafe,”", "a longtime friend of the mayor")]
    public void A_noun_with_whose_it_is_is_the_whole_source(string text, string quoted, string source)
    {
        var annotated = Annotated.Of(text);
        Assert.Equal(source, annotated.TextOf(annotated.AttributionOf(quoted)));
    }

    [Fact]
    public void A_spokesman_for_an_organisation_is_a_person()
    {
        var annotated = Annotated.Of("A spokesman for the harbour board said the pier was “unsafe.”");
        Assert.Equal(SourceType.Person, annotated.AttributionOf("“unsafe.”").SourceType);
    }

    [Fact]
    public void A_noun_ending_in_ly_that_is_no_adverb_is_a_source()
    {
        var annotated = Annotated.Of("A Harbour ally said the plan was “too slow.”");
        Assert.Equal("A Harbour ally", annotated.TextOf(annotated.AttributionOf("“too slow.”")));
    }
}
