using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Tests.Quotes;

namespace AnnotationSdk.Engine.Tests.Attribution;

/// <summary>The one told ("told a crowd in Salem that …") is neither what was said nor who said it.</summary>
public class HearerTests
{
    [Theory]
    [InlineData("The governor told a town hall meeting in Eastport on Tuesday that taxes would fall.", "taxes would fall")]
    [InlineData("She told The Harbour Post and Courier newspaper of Eastport on Saturday that she voted early.", "she voted early")]
    [InlineData("He told a packed crowd in snowy Windham, New Hampshire, on the final day that he would stay.", "he would stay")]
    [InlineData("He told host Dana Reyes she believed the count was wrong.", "she believed the count was wrong")]
    [InlineData("She told him he could not say that.", "he could not say that")]
    [InlineData("The senator assured voters she’s ready to serve.", "she’s ready to serve")]
    [InlineData("Officials told reporters in Eastport on Monday that the pier was safe.", "the pier was safe")]
    public void The_report_starts_after_the_hearer_and_the_setting(string text, string content)
        => AssertTheReportIs(text, content);

    [Theory]
    [InlineData("The mayor told a news conference. She left soon after.")]
    [InlineData("The minister told The Daily Ledger.")]
    public void A_hearer_alone_reports_nothing(string text)
    {
        var annotated = Annotated.Of(text);

        Assert.DoesNotContain(annotated.Quotes, q => q.Style == QuoteStyle.Indirect);
    }

    [Fact]
    public void After_a_hearer_alone_the_report_is_the_clause_before()
        => AssertTheReportIs("The ferry will stop in May, a harbour spokesman told The Daily Ledger.", "The ferry will stop in May");

    [Theory]
    [InlineData("Officials told reporters Ruth Hale won.", "Ruth Hale won")]
    [InlineData("The minister told a reporter the plan failed.", "a reporter the plan failed")]
    [InlineData("She told a slightly different story.", "a slightly different story")]
    [InlineData("He reminded the crowd of the stakes.", "the crowd of the stakes")]
    [InlineData("He told supporters when asked about the polls that he would win.", "supporters when asked about the polls that he would win")]
    public void Where_a_clause_may_start_among_the_words_they_are_read_as_before(string text, string content)
        => AssertTheReportIs(text, content);

    [Theory]
    [InlineData("“Prices will soften by summer,” Oregon Rep. Dana Hill’s chief of staff, Joe Kasper, told The Ledger. “That is certain.”")]
    [InlineData("“Prices will soften by summer,” Pay for $20 organizing director Joe Kasper told The Ledger. “That is certain.”")]
    public void A_quote_keeps_its_speaker_when_a_hearer_follows_the_cue(string text)
    {
        var annotated = Annotated.Of(text);

        Assert.All(annotated.Quotes, quote => Assert.Equal("Joe Kasper", quote.Attribution?.Speaker));
        Assert.DoesNotContain(annotated.Quotes, q => q.Style == QuoteStyle.Indirect);
    }

    [Fact]
    public void A_bare_number_after_a_quote_opens_a_clause_of_its_own()
    {
        var annotated = Annotated.Of("Half called the plan “good enough to pass,” while 73 percent said the same of the rival plan.");

        Assert.Equal("Half", annotated.TextOf(annotated.AttributionOf("“good enough to pass,”")));
    }

    private static void AssertTheReportIs(string text, string content)
    {
        var annotated = Annotated.Of(text);

        var quote = Assert.Single(annotated.Quotes, q => q.Style == QuoteStyle.Indirect);
        Assert.Equal(content, annotated.TextOf(quote));
    }
}
