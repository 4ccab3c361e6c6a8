using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Tests.Quotes;

namespace AnnotationSdk.Engine.Tests.Attribution;

public class SourceSettingTests
{
    [Theory]
    [InlineData("Mayor Ruth Hale in her budget speech called the plan “reckless.”", "“reckless.”", "Mayor Ruth Hale")]
    [InlineData("Officials in Harbourtown said the ferry was “late.”", "“late.”", "Officials in Harbourtown")]
    [InlineData("Officials at the port in Harbourtown said the ferry was “late.”", "“late.”", "Officials at the port in Harbourtown")]
    [InlineData("Ruth Hale, who has in the past described the ferry as “unsafe,” stayed silent on Monday.", "“unsafe,”", "Ruth Hale")]
    public void A_prepositions_object_before_the_cue_is_no_source(string text, string quoted, string source)
    {
        var annotated = Annotated.Of(text);
        Assert.Equal(source, annotated.TextOf(annotated.AttributionOf(quoted)));
    }

    [Theory]
    [InlineData("A report by the Tidewater Trust found that the pier was “unsafe.”", "“unsafe.”", "Tidewater Trust")]
    [InlineData("President Ada Lind spoke on Monday.\n\nShortly after, the ministry published a statement from President Lind thanking the crews for their courage.", "the crews for their courage", "Ada Lind")]
    public void A_document_by_a_name_speaks_for_it(string text, string quoted, string speaker)
    {
        var annotated = Annotated.Of(text);
        var attribution = annotated.AttributionOf(quoted);
        Assert.Equal(SourceType.Document, attribution.SourceType);
        Assert.Equal(speaker, attribution.Speaker);
    }

    [Theory]
    [InlineData("Ruth Hale, at a meeting in Dover, Del., said the ferry was “late.”", "Ruth Hale")]
    [InlineData("Ruth Hale, during a town hall meeting in Dover, Delaware, said the ferry was “late.”", "Ruth Hale")]
    [InlineData("Tom Reyes, 59, of Ames, Iowa, who rode the ferry for years, said it was “late.”", "Tom Reyes")]
    [InlineData("Nadia Petrov, facing a challenge in Ohio, said the vote was “rushed.”", "Nadia Petrov")]
    [InlineData("Tom Reyes, who met Ruth Hale in Dover, said the ferry was “late.”", "Tom Reyes")]
    [InlineData("A woman in Dover, Delaware, told reporters the ferry was “late.”", "A woman in Dover, Delaware")]
    public void A_place_inside_an_apposition_is_no_source(string text, string source)
    {
        var annotated = Annotated.Of(text);
        Assert.Equal(source, annotated.TextOf(Assert.Single(annotated.Result.Attributions)));
    }

    [Theory]
    [InlineData("Her former business partner, Lawrence Okafor, called the plan “reckless.”", "Her former business partner, Lawrence Okafor", "Lawrence Okafor")]
    [InlineData("“The plan is reckless,” the head of the port, Ruth Hale, told reporters.", "the head of the port, Ruth Hale", "Ruth Hale")]
    [InlineData("Ruth Hale, the editor of the harbour newspaper, The Tide Gazette, said the vote was “rushed.”", "Ruth Hale", "Ruth Hale")]
    public void A_name_is_the_speaker_rather_than_its_description(string text, string source, string speaker)
    {
        var annotated = Annotated.Of(text);
        var attribution = Assert.Single(annotated.Result.Attributions);
        Assert.Equal(source, annotated.TextOf(attribution));
        Assert.Equal(speaker, attribution.Speaker);
    }

    [Fact]
    public void A_single_word_after_a_description_may_name_an_organisation()
    {
        var annotated = Annotated.Of("A spokeswoman for one of the carriers, Skyvale, said the company was “proud.”");
        var attribution = annotated.AttributionOf("“proud.”");
        Assert.DoesNotContain("Skyvale", annotated.TextOf(attribution));
        Assert.Equal(string.Empty, attribution.Speaker);
    }

    [Theory]
    [InlineData("In a statement on Thursday, Mayor Ruth Hale defended the plan, saying it was “overdue.”")]
    [InlineData("At a rally in Dover, Del., on Tuesday, Mayor Ruth Hale defended the plan, saying it was “overdue.”")]
    [InlineData("DOVER, Del. (AP) — Mayor Ruth Hale defended the plan, saying it was “overdue.”")]
    [InlineData("Dover (AFP) – Mayor Ruth Hale defended the plan, saying it was “overdue.”")]
    [InlineData("On Sunday Mayor Ruth Hale made a third attempt to defend the plan, saying it was “overdue.”")]
    public void A_participles_subject_comes_after_the_dateline_and_the_opening_phrases(string text)
    {
        var annotated = Annotated.Of(text);
        Assert.Equal("Mayor Ruth Hale", annotated.TextOf(annotated.AttributionOf("“overdue.”")));
    }

    [Fact]
    public void A_possessive_name_opening_the_clause_owns_the_participles_subject()
    {
        var annotated = Annotated.Of("In court papers, Ruth Hale's defense lawyer asked for a lighter sentence, calling the charges “overblown.”");
        var attribution = annotated.AttributionOf("“overblown.”");
        Assert.Equal(SourceType.Person, attribution.SourceType);
        Assert.DoesNotContain("court", annotated.TextOf(attribution));
    }

    [Fact]
    public void A_capitalized_preposition_opening_a_count_is_no_name()
    {
        var annotated = Annotated.Of("About 200 protesters gathered near the pier, chanting “Stop the ferry.”");
        Assert.Equal("protesters", annotated.TextOf(annotated.AttributionOf("“Stop the ferry.”")));
    }
}
