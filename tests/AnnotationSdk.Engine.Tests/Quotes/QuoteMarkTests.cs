using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Tests.Quotes;

public class QuoteMarkTests
{
    [Theory]
    [InlineData("The mayor said, \"We will rebuild the bridge this year.\"", "\"We will rebuild the bridge this year.\"")]
    [InlineData("The mayor said, “We will rebuild the bridge this year.”", "“We will rebuild the bridge this year.”")]
    [InlineData("Le maire a dit : « Nous allons reconstruire le pont. »", "« Nous allons reconstruire le pont. »")]
    [InlineData("Der Bürgermeister sagte: „Wir bauen die Brücke wieder auf.“", "„Wir bauen die Brücke wieder auf.“")]
    [InlineData("The mayor said, ‘We will rebuild the bridge this year.’", "‘We will rebuild the bridge this year.’")]
    [InlineData("''We will rebuild the bridge this year,'' the mayor said.", "''We will rebuild the bridge this year,''")]
    public void Every_kind_of_quote_mark_delimits_a_quote(string text, string quoted)
    {
        var annotated = Annotated.Of(text);
        Assert.Equal(QuoteStyle.Direct, annotated.Quote(quoted).Style);
    }

    [Fact]
    public void Apostrophes_are_not_quote_marks()
    {
        var annotated = Annotated.Of("They’ll say the city’s budget doubled since the ’90s, and the voters’ mood soured.");
        Assert.Empty(annotated.Marked);
    }

    [Fact]
    public void Markup_attribute_values_are_not_quotes()
    {
        var annotated = Annotated.Of("<post author=\"harbourwatch\" id=\"42\">The pier reopens on Friday.</post>");
        Assert.Empty(annotated.Marked);
    }

    [Fact]
    public void A_single_quote_next_to_apostrophes_still_pairs()
    {
        var annotated = Annotated.Of("The banner read ‘we’re not leaving’ in large letters, the organisers’ favourite.");
        Assert.Single(annotated.Marked, q => annotated.TextOf(q) == "‘we’re not leaving’");
    }

    [Fact]
    public void A_multi_paragraph_quote_is_one_quote()
    {
        const string text = "The minister wrote:\n\n“The first part of the plan is ready.\n\n“The second part needs more money. We will ask parliament for it.”\n\nThe debate starts next week.";
        var annotated = Annotated.Of(text);
        var quote = Assert.Single(annotated.Marked);
        Assert.StartsWith("“The first part", annotated.TextOf(quote), StringComparison.Ordinal);
        Assert.EndsWith("ask parliament for it.”", annotated.TextOf(quote), StringComparison.Ordinal);
        Assert.Equal("quote.marks.multi-paragraph", quote.Rule);
    }

    [Fact]
    public void A_nested_quote_stays_inside_its_quote()
    {
        var annotated = Annotated.Of("“Then the coach turned to us and said, ‘Yes, that was our best game,’ and left,” the player recalled.");
        var quote = Assert.Single(annotated.Marked);
        Assert.Equal("“Then the coach turned to us and said, ‘Yes, that was our best game,’ and left,”", annotated.TextOf(quote));
    }

    [Fact]
    public void Brackets_inside_a_quote_belong_to_it()
    {
        var annotated = Annotated.Of("“We know that [the rebels] are in the valley,” the general said.");
        Assert.Equal(QuoteStyle.Direct, annotated.Quote("“We know that [the rebels] are in the valley,”").Style);
    }

    [Fact]
    public void An_unclosed_quote_ends_with_its_paragraph()
    {
        const string text = "“The harvest failed this year and the prices will rise, the farmer said.\n\nThe market opens on Monday. Traders expect “calm” days.";
        var annotated = Annotated.Of(text);
        var first = Assert.Single(annotated.Marked, q => q.Rule == "quote.unclosed");
        Assert.EndsWith("the farmer said.", annotated.TextOf(first), StringComparison.Ordinal);
        Assert.DoesNotContain(annotated.Marked, q => annotated.TextOf(q).Contains("market", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hundred_thousand_quote_marks_stay_inside_the_text()
    {
        var text = string.Concat(Enumerable.Repeat("“a” said ", 100_000));
        var annotated = Annotated.Of(text);
        Assert.All(annotated.Result.Annotations, a => Assert.InRange(a.Span.End, a.Span.Start + 1, text.Length));
    }
}
