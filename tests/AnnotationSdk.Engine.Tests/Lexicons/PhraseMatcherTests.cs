using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Lexicons;

public sealed class PhraseMatcherTests
{
    private const string Text = "Officials said on Monday.";

    private static readonly PhraseMatcher<string> Matcher = new([("officials said", "speech"), ("on monday", "date")]);

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(-1, 2)]
    [InlineData(5, 9)]
    [InlineData(2, 99)]
    public void Positions_outside_the_tokens_match_nothing_or_only_what_is_inside(int start, int limit)
    {
        var tokens = Tokenizer.Tokenize(Text);

        var matched = Matcher.TryMatch(Text, tokens, start, limit, out var match);

        Assert.Equal(start == 2, matched);
        Assert.Equal(start == 2 ? "date" : null, match.Value);
    }

    [Fact]
    public void Finds_the_longest_phrase_case_insensitively()
    {
        var tokens = Tokenizer.Tokenize(Text);

        Assert.True(Matcher.TryMatch(Text, tokens, 0, out var match));
        Assert.Equal((0, 2, "speech"), (match.Start, match.End, match.Value));
    }

    [Theory]
    [InlineData("Said in a hurry.", 1)]
    [InlineData("said in a statement", 4)]
    [InlineData("said.", 1)]
    [InlineData("in a statement", 0)]
    [InlineData("statement said", 0)]
    public void A_walk_that_stops_inside_a_longer_phrase_keeps_the_longest_one_it_passed(string text, int end)
    {
        var matcher = new PhraseMatcher<string>([("said", "short"), ("said in a statement", "long"), ("in a moment", "other")]);
        var tokens = Tokenizer.Tokenize(text);

        var matched = matcher.TryMatchPastFilter(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), 0, tokens.Count, out var match);

        Assert.Equal(end > 0, matched);
        Assert.Equal(end > 0 ? (0, end) : (0, 0), (match.Start, match.End));
    }
}
