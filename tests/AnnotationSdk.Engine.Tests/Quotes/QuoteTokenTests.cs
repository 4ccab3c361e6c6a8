using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Quotes;

namespace AnnotationSdk.Engine.Tests.Quotes;

public class QuoteTokenTests
{
    [Fact]
    public void A_closed_quote_keeps_the_tokens_of_its_marks()
    {
        var context = QuotesOf("The mayor said, “We will rebuild the bridge,” and left.");

        var quote = Assert.Single(context.Quotes);
        Assert.Equal("“", context.TextOf(quote.FirstToken).ToString());
        Assert.Equal("”", context.TextOf(quote.LastToken).ToString());
        Assert.Equal(context.SpanOf(quote.FirstToken, quote.LastToken + 1), quote.Span);
    }

    [Fact]
    public void An_unclosed_quote_ends_at_the_last_token_of_its_paragraph()
    {
        var context = QuotesOf("The mayor said, “We will rebuild the bridge.\n\nNobody answered.");

        var quote = Assert.Single(context.Quotes);
        Assert.Equal("“", context.TextOf(quote.FirstToken).ToString());
        Assert.Equal(".", context.TextOf(quote.LastToken).ToString());
        Assert.Equal(context.Tokens[quote.FirstToken].Paragraph, context.Tokens[quote.LastToken].Paragraph);
        Assert.Equal(context.Tokens[quote.LastToken].Paragraph + 1, context.Tokens[quote.LastToken + 1].Paragraph);
    }

    private static AnnotationContext QuotesOf(string text)
    {
        var context = new AnnotationContext(text, new DateOnly(2025, 4, 30), CancellationToken.None);
        new QuoteAnnotator().Annotate(context);
        return context;
    }
}
