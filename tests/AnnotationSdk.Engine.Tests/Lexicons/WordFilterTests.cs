using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Pipeline;
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

        var mayStart = matcher.MayStartAt(FilterKeys(text), 0);

        Assert.True(mayStart || !string.Equals(phrase, text, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("In all likelihood, it rained.", 0, true)]   // a two-word phrase
    [InlineData("In Paris, it rained.", 0, false)]           // "in" opens phrases, but none with "Paris"
    [InlineData("It was reportedly late.", 2, true)]        // a one-word phrase
    [InlineData("It came in", 2, false)]                    // the last token opens no longer phrase
    [InlineData("Paris \u201Cin theory\u201D", 0, false)]  // the pair test lets a word before a curly quote through; the first word does not
    public void A_phrase_may_start_only_where_its_first_two_words_stand(string text, int index, bool expected)
    {
        var matcher = new PhraseMatcher<int>([("in all likelihood", 1), ("in theory", 2), ("reportedly", 3)]);
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(expected, matcher.MayStartAt(FilterKeys(text), index));
        Assert.Equal(expected, matcher.TryMatch(text, tokens, index, out _));
    }
    // Words and tokens that differ in length, ends, inner characters and case, with characters that are not ASCII
    // (some equal to ASCII ones ignoring case) at each position a key reads.
    private static readonly string[] Words =
    [
        "a", "A", "I", "of", "OF", "in", "the", "The", "said", "SAID", "reportedly", "Reportedly", "rxportedly", "reportedXy",
        "café", "CAFÉ", "Ébats", "naïve", "NAÏVE", "ſo", "SO", "so", "\u212Ag", "kg", "rſportedly", "rsportedly", "reportedıy",
        "reportediy", "é", "ée", "eé", "aéb", "U.S.", "it’s", "1990s", "4,000", ",", "“", "😀", new string('a', 40) + "z",
        new string('A', 31) + "Z", new string('a', 32) + "z",
    ];

    public static TheoryData<string[]> FilteredWords() =>
    [
        ["reportedly", "said", "the", "a"],
        ["café", "naïve", "so", "kg", "of"],
        ["ſo", "the"],       // a long s: every token passes
        ["\u212Ag", "said"], // a Kelvin sign: every token passes
        [new string('a', 40) + "z", "é", "aéb"],
    ];

    [Theory]
    [MemberData(nameof(FilteredWords))]
    public void The_test_of_a_token_s_keys_lets_through_every_token_equal_to_a_word(string[] lexicon)
    {
        var filter = new WordFilter();
        foreach (var word in lexicon)
        {
            filter.Add(word);
        }

        foreach (var token in Words)
        {
            var equal = lexicon.Any(word => string.Equals(word, token, StringComparison.OrdinalIgnoreCase));
            Assert.True(filter.MayContain(WordFilter.KeysOf(token)) || !equal, token);
        }
    }

    [Fact]
    public void The_test_of_a_token_s_keys_rejects_a_token_made_of_two_words_halves()
    {
        // "sold" has the ends of "said" and the inner letters of "told".
        var filter = new WordFilter();
        filter.Add("said");
        filter.Add("told");

        Assert.True(filter.MayContain("sold"));
        Assert.False(filter.MayContain(WordFilter.KeysOf("sold")));
        Assert.True(filter.MayContain(WordFilter.KeysOf("SAID")));
    }

    [Theory]
    [MemberData(nameof(FilteredWords))]
    public void The_pair_test_of_two_tokens_keys_answers_as_the_test_of_their_text_or_lets_a_token_without_keys_through(string[] lexicon)
    {
        var filter = new WordPairFilter();
        foreach (var first in lexicon)
        {
            foreach (var second in lexicon)
            {
                filter.Add(first, second);
            }
        }

        foreach (var first in Words)
        {
            foreach (var second in Words)
            {
                var firstKeys = WordFilter.KeysOf(first);
                var secondKeys = WordFilter.KeysOf(second);
                var withoutKeys = firstKeys == WordFilter.NoKey || secondKeys == WordFilter.NoKey;
                Assert.Equal(filter.MayContain(first, second) || withoutKeys, filter.MayContain(firstKeys, secondKeys));
            }
        }
    }

    private static ReadOnlySpan<uint> FilterKeys(string text) => new AnnotationContext(text, new DateOnly(2025, 4, 30)).Tokens.FilterKeys;

    [Fact]
    public void Gives_an_ASCII_token_the_keys_of_any_token()
    {
        var random = new Random(8);
        for (var length = 1; length <= 40; length++)
        {
            for (var sample = 0; sample < 50; sample++)
            {
                var word = new string(Enumerable.Range(0, length).Select(_ => (char)random.Next('!', '\u007F')).ToArray());
                Assert.Equal(WordFilter.KeysOf(word), WordFilter.KeysOfAscii(word));
            }
        }

        for (var c = '!'; c < '\u007F'; c++)
        {
            Assert.Equal(WordFilter.KeysOf([c]), WordFilter.KeysOfAsciiChar(c));
        }
    }
}
