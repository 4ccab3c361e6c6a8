using AnnotationSdk.Engine.Attribution;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Attribution;

public sealed class TitleCaseLineTests
{
    private static readonly DateOnly Published = new(2025, 4, 30);

    [Fact]
    public void Every_token_of_a_headline_gives_the_headline_start()
    {
        var context = new AnnotationContext("Harbour officials said the pier was closed.\n\nMayor of Eastport Says the Bridge Will Reopen\n\nThe council met.", Published);
        var headline = context.Paragraphs[1];

        for (var i = headline.FirstToken; i < headline.EndToken; i++)
        {
            Assert.True(TitleCaseLine.TryGetStart(context, i, out var first), context.TextOf(i).ToString());
            Assert.Equal(headline.FirstToken, first);
        }

        Assert.False(TitleCaseLine.Contains(context, context.Paragraphs[0].FirstToken));
        Assert.False(TitleCaseLine.Contains(context, context.Paragraphs[2].FirstToken));
    }

    [Theory]
    [InlineData(24, true)]
    [InlineData(25, false)]
    [InlineData(40, false)]
    public void A_headline_holds_at_most_24_tokens(int tokens, bool headline)
    {
        var context = new AnnotationContext("Body text goes here.\n\n" + string.Join(" ", Enumerable.Repeat("Word", tokens)), Published);
        var paragraph = context.Paragraphs[1];
        Assert.Equal(tokens, paragraph.TokenCount);

        Assert.Equal(headline, TitleCaseLine.Contains(context, paragraph.FirstToken));
        Assert.Equal(headline, TitleCaseLine.Contains(context, paragraph.EndToken - 1));
    }

    [Theory]
    [InlineData("Mayor Says Bridge Reopens", true)]
    [InlineData("Mayor says Bridge Reopens", false)]
    [InlineData("Mayor Speaks", false)]
    [InlineData("Mayor Speaks: “It Reopens”", true)]
    public void Its_words_are_capitalised_but_the_small_ones_and_at_least_three(string line, bool headline)
    {
        var context = new AnnotationContext(line, Published);

        Assert.Equal(headline, TitleCaseLine.Contains(context, 0));
    }
}
