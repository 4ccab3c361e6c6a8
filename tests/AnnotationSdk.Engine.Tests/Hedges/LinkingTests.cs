using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Hedges;

/// <summary>What the hedge annotator takes from earlier annotators: dates to skip, quotes to link, anonymous sources.</summary>
public class LinkingTests
{
    [Fact]
    public void A_hedge_inside_a_quote_belongs_to_that_quote()
    {
        const string text = "Analysts may worry. “We might lose the contract,” the chief said.";
        var context = HedgeFixture.Context(text);
        var quote = new QuoteAnnotation(Span(text, "“We might lose the contract,”"), QuoteStyle.Direct, "test");
        context.Quotes.Add(quote);

        var hedges = HedgeFixture.Run(context);

        Assert.Equal(2, hedges.Count);
        Assert.Null(hedges[0].Quote);
        Assert.Same(quote, hedges[1].Quote);
    }

    [Fact]
    public void A_hedge_links_to_the_innermost_quote_and_after_it_to_the_outer_one()
    {
        const string text = "“She told me ‘it may rain’ and it might,” he said.";
        var context = HedgeFixture.Context(text);
        var outer = new QuoteAnnotation(Span(text, "“She told me ‘it may rain’ and it might,”"), QuoteStyle.Direct, "test");
        var inner = new QuoteAnnotation(Span(text, "‘it may rain’"), QuoteStyle.Direct, "test");
        context.Quotes.AddRange([inner, outer]);

        var hedges = HedgeFixture.Run(context);

        Assert.Equal(["may", "might"], hedges.Select(h => text[h.Span.Start..h.Span.End]));
        Assert.Same(inner, hedges[0].Quote);
        Assert.Same(outer, hedges[1].Quote);
    }

    [Fact]
    public void Tokens_inside_a_date_are_never_hedges()
    {
        const string text = "The mill opens next may and might hire.";
        Assert.Equal(["Epistemic: may", "Epistemic: might"], HedgeFixture.Hedges(text));

        var context = HedgeFixture.Context(text);
        context.Dates.Add(new DateAnnotation(Span(text, "next may"), TemporalType.Date, "2026-05", "test"));
        var hedges = HedgeFixture.Run(context);

        Assert.Equal(["might"], hedges.Select(h => text[h.Span.Start..h.Span.End]));
    }

    [Fact]
    public void An_attribution_to_an_anonymous_source_is_an_unsourced_hedge()
    {
        const string text = "The plant will close, officials said, and a person familiar said so too.";
        var context = HedgeFixture.Context(text);
        var anonymous = new AttributionAnnotation(Span(text, "officials"), Span(text, "said"), "test") { SourceType = SourceType.Anonymous };
        var person = new AttributionAnnotation(Span(text, "a person familiar"), Span(text, "said so"), "test") { SourceType = SourceType.Person };
        context.Attributions.AddRange([person, anonymous]);

        var hedges = HedgeFixture.Run(context);

        var hedge = Assert.Single(hedges);
        Assert.Equal(HedgeCategory.Unsourced, hedge.Category);
        Assert.Equal("officials said", text[hedge.Span.Start..hedge.Span.End]);
    }

    [Fact]
    public void An_anonymous_attribution_the_lexicon_already_covers_is_not_doubled()
    {
        const string text = "Sources said the mill was sold.";
        var context = HedgeFixture.Context(text);
        context.Attributions.Add(new AttributionAnnotation(Span(text, "Sources"), Span(text, "said"), "test") { SourceType = SourceType.Anonymous });

        var hedge = Assert.Single(HedgeFixture.Run(context));

        Assert.Equal("hedge.unsourced.speech", hedge.Rule);
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var context = new AnnotationContext("It may rain.", HedgeFixture.Reference, cancellation.Token);
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => { HedgeFixture.Run(context); });
    }

    private static TextSpan Span(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' is not in the fixture.");
        return new TextSpan(start, start + part.Length);
    }
}
