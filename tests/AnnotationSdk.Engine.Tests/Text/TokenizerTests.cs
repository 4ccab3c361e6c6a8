using System.Buffers;
using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Text;

public class TokenizerTests
{
    private static string[] Texts(string text) => Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Fact]
    public void Keeps_inner_apostrophes_and_abbreviations_inside_words()
    {
        Assert.Equal(["They’ll", "visit", "Russia’s", "then-U.S.", "capital", "."], Texts("They’ll visit Russia’s then-U.S. capital."));
    }

    [Fact]
    public void Reads_numbers_with_separators_and_elided_centuries()
    {
        Assert.Equal(["some", "4,000", "in", "2025-04-28", "and", "the", "’90s", "or", "1990s"], Texts("some 4,000 in 2025-04-28 and the ’90s or 1990s"));
    }

    [Fact]
    public void Separates_quote_marks_from_words()
    {
        var text = "“Yes,” he said, ‘that was us.’";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["“", "Yes", ",", "”", "he", "said", ",", "‘", "that", "was", "us", ".", "’"], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(TokenKind.QuoteMark, tokens[0].Kind);
        Assert.Equal(TokenKind.QuoteMark, tokens[^1].Kind);
    }

    [Fact]
    public void Marks_words_that_start_in_upper_case_as_capitalized()
    {
        const string Text = "Élodie met the U.S. envoy, 'Ask' 42 A b ΩMEGA ßig";
        var tokens = Tokenizer.Tokenize(Text);
        Assert.Equal(
            ["Élodie", "U.S.", "Ask", "A", "ΩMEGA"],
            tokens.Where(t => t.Capitalized).Select(t => Text[t.Start..t.End]));
        Assert.All(tokens, t => Assert.Equal(t.Kind == TokenKind.Word && char.IsUpper(Text[t.Start]), t.Capitalized));
    }

    [Fact]
    public void A_token_stays_24_bytes()
    {
        // Every pass over the tokens reads them all: a field that does not fit the free byte makes every pass slower.
        Assert.Equal(24, System.Runtime.CompilerServices.Unsafe.SizeOf<Token>());
    }

    [Fact]
    public void Ends_a_word_at_any_ASCII_character_but_an_inner_apostrophe_hyphen_or_ampersand()
    {
        for (var c = '!'; c < '\u007F'; c++)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                continue;
            }

            var text = $"ab{c}cd";
            var first = Tokenizer.Tokenize(text)[0];
            Assert.Equal(c is '\'' or '-' or '&' ? text : "ab", text[first.Start..first.End]);
        }
    }

    [Fact]
    public void Reads_every_ASCII_symbol_but_a_quote_mark_as_a_punctuation_token_of_one_character()
    {
        for (var c = '!'; c < '\u007F'; c++)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '"' or '\'' or '`')
            {
                continue;
            }

            var text = $"ab {c}{c}cd";
            var tokens = Tokenizer.Tokenize(text);
            Assert.Equal(["ab", c.ToString(), c.ToString(), "cd"], tokens.Select(t => text[t.Start..t.End]));
            Assert.All(tokens.Skip(1).Take(2), t => Assert.Equal(TokenKind.Punctuation, t.Kind));
            Assert.All(tokens.Skip(1).Take(2), t => Assert.False(t.Capitalized));
        }
    }

    [Fact]
    public void Reads_long_runs_of_plain_words_and_punctuation_across_blocks_and_a_growing_buffer()
    {
        // Thousands of tokens, so that runs of common tokens cross 64-character blocks, buffer regrowth and cancellation checks.
        const string Sentence = "The big cat, a dog and x1 sat on U.S. soil, then A1b. ran Abc. Then I. Q. rested a. We,,. Say (x; y: z) - w, [q] v! So/on, - ok ";
        string[] expected = ["The", "big", "cat", ",", "a", "dog", "and", "x1", "sat", "on", "U.S.", "soil", ",", "then", "A1b", ".",
            "ran", "Abc", ".", "Then", "I", ".", "Q", ".", "rested", "a", ".", "We", ",", ",", ".",
            "Say", "(", "x", ";", "y", ":", "z", ")", "-", "w", ",", "[", "q", "]", "v", "!", "So", "/", "on", ",", "-", "ok"];
        var text = string.Concat(Enumerable.Repeat(Sentence, 400));

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(Enumerable.Repeat(expected, 400).SelectMany(words => words), tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(Enumerable.Range(0, tokens.Count), tokens.Select(t => t.Index));
        Assert.All(tokens, t => Assert.Equal(t.Start == 0 || text[t.Start - 1] == ' ', t.SpaceBefore));
        Assert.All(tokens, t => Assert.Equal(char.IsUpper(text[t.Start]), t.Capitalized));

        var fused = Tokenizer.TokenizeAndSegment(text, Abbreviations.Default, pool: null, CancellationToken.None);
        var (sentences, _) = Segmenter.Assign(text, tokens, Abbreviations.Default);
        Assert.Equal(tokens, fused.Tokens);
        Assert.Equal(sentences, fused.Sentences);
    }

    [Fact]
    public void Reads_quote_marks_numbers_dashes_and_joined_words_in_long_runs_as_one_token_at_a_time()
    {
        // Each kind of token the loop over common tokens reads, and the look-alikes it leaves to the general scan
        // ('' and ’90s, numbers with separators, a non-ASCII letter after a hyphen, a period after a single letter).
        const string Sentence = "He said “yes,” and ’em 4,000 or 42 men, 10am — 5km – it’s well-known AT&T's 'quoted' ''wire'' x\u00A0y\u00A0. ’90s "
            + "2025-04-28; (see [1]) then U.S. a.m. A. Smith’s, x-ray. 7. \"Go\" and ‘so’ e-\u00E9 or 3\u0660. Then ";
        string[] expected = ["He", "said", "“", "yes", ",", "”", "and", "’", "em", "4,000", "or", "42", "men", ",", "10am", "—", "5km", "–",
            "it’s", "well-known", "AT&T's", "'", "quoted", "'", "''", "wire", "''", "x", "y", ".", "’90s", "2025-04-28", ";", "(", "see", "[",
            "1", "]", ")", "then", "U.S.", "a.m.", "A", ".", "Smith’s", ",", "x-ray", ".", "7", ".", "\"", "Go", "\"", "and", "‘", "so", "’",
            "e-\u00E9", "or", "3\u0660", ".", "Then"];
        const string Kinds = "WWQWPQWQWNWNWPNPNPWWWQWQQWQWWPNNPPWPNPPWWWWPWPWPNPQWQWQWQWWNPW";
        var text = string.Concat(Enumerable.Repeat(Sentence, 400));

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(Enumerable.Repeat(expected, 400).SelectMany(words => words), tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(string.Concat(Enumerable.Repeat(Kinds, 400)), string.Concat(tokens.Select(t => t.Kind.ToString()[0])));
        Assert.Equal(Enumerable.Range(0, tokens.Count), tokens.Select(t => t.Index));
        Assert.All(tokens, t => Assert.Equal(t.Start == 0 || text[t.Start - 1] is ' ' or '\u00A0', t.SpaceBefore));
        Assert.All(tokens, t => Assert.Equal(t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]), t.Capitalized));

        var fused = Tokenizer.TokenizeAndSegment(text, Abbreviations.Default, pool: null, CancellationToken.None);
        var (sentences, paragraphs) = Segmenter.Assign(text, tokens, Abbreviations.Default);
        Assert.Equal(tokens, fused.Tokens);
        Assert.Equal(sentences, fused.Sentences);
        Assert.Equal(paragraphs, fused.Paragraphs);
        Assert.Equal(Enumerable.Range(0, fused.Tokens.Count).Select(i => WordFilter.KeysOf(text.AsSpan(tokens[i].Start, tokens[i].Length))), fused.Tokens.FilterKeys.ToArray());
    }

    [Fact]
    public void Ends_a_word_in_the_loop_over_common_tokens_where_the_general_scan_ends_it()
    {
        var followers = Enumerable.Range(0x21, 0x7E - 0x20).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c))
            .Concat(['\u00A0', '\u2019', '\u2014', '\u00E9', '\u0660', '\u2026']);
        foreach (var follower in followers)
        {
            foreach (var after in new[] { "ef", "1", " x", "" })
            {
                AssertSplitAlikeAfterAWordAndAfterALineBreak($"{follower}{after}", "word");
            }
        }
    }

    [Fact]
    public void Ends_a_word_before_a_period_in_the_loop_over_common_tokens_where_the_general_scan_ends_it()
    {
        // Whether a period goes on with the word turns on the character two before it: a letter, a digit or the space before.
        foreach (var word in new[] { "x", "ab", "a2b", "ab2", "F16A", "2b" })
        {
            foreach (var after in new[] { "", "S.", "m. x", " Next", "x", "." })
            {
                AssertSplitAlikeAfterAWordAndAfterALineBreak($".{after}", word);
            }
        }
    }

    // The loop over common tokens writes the word after "a " (a word before it); the general scan writes it after a line break.
    private static void AssertSplitAlikeAfterAWordAndAfterALineBreak(string rest, string word)
    {
        var text = $"a {word}{rest}\n{word}{rest}\n";
        var lineBreak = text.IndexOf('\n');
        var tokens = Tokenizer.Tokenize(text);

        var first = tokens.Where(t => t.Start > 0 && t.Start < lineBreak).Select(t => (t.Start - 2, t.End - 2, t.Kind));
        var second = tokens.Where(t => t.Start > lineBreak).Select(t => (t.Start - lineBreak - 1, t.End - lineBreak - 1, t.Kind));
        Assert.Equal(second, first);
    }

    [Fact]
    public void Writes_a_token_as_its_constructor_does()
    {
        var written = new Token[1];
        foreach (var (kind, spaceBefore, capitalized) in new[] { (TokenKind.Word, true, true), (TokenKind.QuoteMark, false, false), (TokenKind.Number, true, false), (TokenKind.Punctuation, false, true) })
        {
            Token.Write(ref written[0], 7, 123_456, 123_460, Token.PackFlags(kind, spaceBefore, capitalized), Token.PackSegments(paragraph: 9, sentence: 70_000));
            Assert.Equal(new Token(7, 123_456, 123_460, kind, spaceBefore, LineBreakBefore: false, capitalized, Paragraph: 9, Sentence: 70_000), written[0]);
        }
    }

    [Fact]
    public void Keeps_the_period_of_single_letters_only()
    {
        Assert.Equal(
            ["Mr", ".", "B", "saw", "B2B", ".", "F16A", ".", "then", "a.m.", "x", ".", "y", "it", "."],
            Texts("Mr. B saw B2B. F16A. then a.m. x. y it."));
    }

    [Fact]
    public void Reads_wire_style_double_backticks_as_one_quote_mark()
    {
        Assert.Equal(["``", "Hi", ",", "''", "she", "said"], Texts("``Hi,'' she said"));
    }

    [Fact]
    public void Treats_control_characters_as_separators_and_keeps_surrogates_whole()
    {
        var text = "a\u0001b 😀 \uD800x";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["a", "b", "😀", "\uD800", "x"], tokens.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void Marks_line_breaks()
    {
        var tokens = Tokenizer.Tokenize("one\ntwo three");
        Assert.True(tokens[1].LineBreakBefore);
        Assert.False(tokens[2].LineBreakBefore);
    }
    [Theory]
    [InlineData("“Café owners,” Ébats said: naïve ſo \u212Ag, 😀 x \uD800y I a.m. U.S. then-U.S. 4,000 ’90s " + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaz.")]
    [InlineData("Zoë Ångström reportedly, per Reuters’ sources, said it’s “likely” in 2025-04-28; ½ of ÉTÉ\r\n\u0085end")]
    public void Each_token_carries_the_filter_keys_of_its_text(string text)
    {
        // Both ways a context is made: with the engine's pooled storage and without.
        var pooled = Tokenizer.TokenizeAndSegment(text, Abbreviations.Default, ArrayPool<Token>.Shared, CancellationToken.None).Tokens;
        var context = new AnnotationContext(text, new DateOnly(2025, 4, 30));
        try
        {
            foreach (var tokens in new[] { pooled, context.Tokens })
            {
                Assert.Equal(tokens.Count, tokens.FilterKeys.Length);
                Assert.Equal(tokens.Select(t => WordFilter.KeysOf(text.AsSpan(t.Start, t.Length))), tokens.FilterKeys.ToArray());
            }
        }
        finally
        {
            pooled.Release();
        }
    }
}
