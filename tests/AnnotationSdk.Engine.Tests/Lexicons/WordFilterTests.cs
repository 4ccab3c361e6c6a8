using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Lexicons;

public sealed class WordFilterTests
{
    [Theory]
    [InlineData("reportedly")]
    [InlineData("REPORTEDLY")]
    [InlineData("Reportedly")]
    public void Lets_an_added_word_through_in_any_case(string token)
    {
        var filter = new WordFilter();
        filter.Add("reportedly");

        Assert.True(filter.MayContain(token));
    }

    [Theory]
    [InlineData("the")]
    [InlineData("reported")]
    [InlineData("Xreportedly")]
    public void Rejects_words_that_differ_in_first_letter_last_letter_or_length(string token)
    {
        var filter = new WordFilter();
        filter.Add("reportedly");

        Assert.False(filter.MayContain(token));
    }

    [Theory]
    [InlineData("rxportedly")]
    [InlineData("reportedXy")]
    public void Rejects_words_that_differ_in_second_or_second_to_last_letter(string token)
    {
        var filter = new WordFilter();
        filter.Add("reportedly");

        Assert.False(filter.MayContain(token));
    }

    [Theory]
    [InlineData("rſportedly")] // long s: equal to "rsportedly" ignoring case
    [InlineData("reportedıy")] // dotless i
    public void Lets_every_token_with_a_non_ascii_second_or_second_to_last_character_through(string token)
    {
        var filter = new WordFilter();
        filter.Add("rsportedly");
        filter.Add("reportediy");

        Assert.True(filter.MayContain(token));
    }

    [Fact]
    public void Lets_every_token_with_a_non_ascii_end_through()
    {
        var filter = new WordFilter();
        filter.Add("reportedly");

        Assert.True(filter.MayContain("café"));
        Assert.True(filter.MayContain("Ébats"));
    }

    [Theory]
    [InlineData("ſo", "SO")]     // long s
    [InlineData("\u212Ag", "kg")] // Kelvin sign
    [InlineData("naïve", "NAÏVE")]
    public void A_phrase_matches_exactly_the_tokens_that_equal_it_ignoring_case(string phrase, string text)
    {
        var matcher = new PhraseMatcher<int>([(phrase, 1)]);
        var tokens = Tokenizer.Tokenize(text);

        var matched = matcher.TryMatch(text, tokens, 0, out _);

        Assert.Equal(string.Equals(phrase, text, StringComparison.OrdinalIgnoreCase), matched);
    }

    [Fact]
    public void A_long_first_word_still_matches()
    {
        var word = new string('a', 40) + "z";
        var matcher = new PhraseMatcher<int>([(word + " said", 7)]);
        var text = word.ToUpperInvariant() + " said";

        Assert.True(matcher.TryMatch(text, Tokenizer.Tokenize(text), 0, out var match));
        Assert.Equal(7, match.Value);
    }

    [Theory]
    [InlineData("The", "VIEW")]
    [InlineData("the", "view")]
    public void A_pair_filter_lets_an_added_pair_through_in_any_case(string first, string second)
    {
        var filter = new WordPairFilter();
        filter.Add("the", "view");

        Assert.True(filter.MayContain(first, second));
    }

    [Theory]
    [InlineData("the", "president")]
    [InlineData("a", "view")]
    public void A_pair_filter_rejects_pairs_whose_words_differ(string first, string second)
    {
        var filter = new WordPairFilter();
        filter.Add("the", "view");

        Assert.False(filter.MayContain(first, second));
    }

    [Theory]
    [InlineData("so ſo", "SO SO")]      // long s
    [InlineData("so \u212Ag", "SO KG")] // Kelvin sign
    [InlineData("so naïve", "SO NAÏVE")]
    public void A_pair_filter_lets_through_every_pair_equal_to_an_added_one_ignoring_case(string phrase, string text)
    {
        var matcher = new PhraseMatcher<int>([(phrase, 1)]);
        var tokens = Tokenizer.Tokenize(text);

        var mayStart = matcher.MayStartAt(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), 0);

        Assert.True(mayStart || !string.Equals(phrase, text, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("In all likelihood, it rained.", 0, true)]   // a two-word phrase
    [InlineData("In Paris, it rained.", 0, false)]           // "in" opens phrases, but none with "Paris"
    [InlineData("It was reportedly late.", 2, true)]        // a one-word phrase
    [InlineData("It came in", 2, false)]                    // the last token opens no longer phrase
    public void A_phrase_may_start_only_where_its_first_two_words_stand(string text, int index, bool expected)
    {
        var matcher = new PhraseMatcher<int>([("in all likelihood", 1), ("in theory", 2), ("reportedly", 3)]);
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(expected, matcher.MayStartAt(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), index));
        Assert.Equal(expected, matcher.TryMatch(text, tokens, index, out _));
    }
}
