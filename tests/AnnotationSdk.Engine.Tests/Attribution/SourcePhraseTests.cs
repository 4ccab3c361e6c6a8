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

    [Theory]
    [InlineData("Ruth Hale's press secretary told reporters the pier was “unsafe.”", "Ruth Hale's press secretary")]
    [InlineData("The mayor's campaign manager said the pier was “unsafe.”", "The mayor's campaign manager")]
    public void A_noun_with_its_owners_possessive_is_the_whole_source(string text, string source)
    {
        var annotated = Annotated.Of(text);
        Assert.Equal(source, annotated.TextOf(annotated.AttributionOf("“unsafe.”")));
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

    [Theory]
    [InlineData("People familiar with the plan said the ferry would stop in May.", "People familiar with the plan")]
    [InlineData("Officials close to the talks said the ferry would stop in May.", "Officials close to the talks")]
    [InlineData("Two people briefed on the plan said the ferry would stop in May.", "Two people briefed on the plan")]
    [InlineData("Large majorities of harbour workers said the ferry should stop in May.", "Large majorities of harbour workers")]
    public void An_anonymous_source_takes_along_what_qualifies_it(string text, string source)
    {
        var annotated = Annotated.Of(text);
        var said = Assert.Single(annotated.Result.Attributions);
        Assert.Equal(source, annotated.TextOf(said));
        Assert.Equal(SourceType.Anonymous, said.SourceType);
    }

    [Theory]
    [InlineData("“We will appeal,” said the 62-year-old.", "the 62-year-old")]
    [InlineData("“We will appeal,” said the 62-year-old former mayor.", "the 62-year-old former mayor")]
    [InlineData("“We will appeal,” the 62-year-old mother of three replied.", "the 62-year-old mother of three")]
    public void An_age_stands_for_a_person(string text, string source)
    {
        var annotated = Annotated.Of(text);
        Assert.Equal(source, annotated.TextOf(annotated.AttributionOf("“We will appeal,”")));
    }

    [Fact]
    public void An_age_after_the_cue_is_a_person()
    {
        var annotated = Annotated.Of("“We will appeal,” said the 62-year-old.");
        Assert.Equal(SourceType.Person, annotated.AttributionOf("“We will appeal,”").SourceType);
    }
}
