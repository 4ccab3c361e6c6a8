using AnnotationSdk.Engine.Lexicons;

namespace AnnotationSdk.Engine.Tests.Lexicons;

public sealed class WordTableTests
{
    // Lengths on both sides of the four-character chunks, characters one case bit apart that are not letters
    // ('@' and '`', '[' and '{'), and non-ASCII words.
    private static readonly string[] Words =
    [
        "", "a", "at", "@", "`", "[x", "{x", "say", "said", "says", "Said", "claims", "claimed", "according",
        "according to", "insisted", "reportedly", "x@yz", "x`yz", "abcdefgh", "abcdefgi", "abcdefghi", "abc[efghijk",
        "don’t", "doesn’t", "n’t", "£", "€", "naïve", "Zürich",
    ];

    [Fact]
    public void Finds_the_same_values_as_an_ordinal_ignore_case_dictionary()
    {
        var dictionary = Words.Where((_, index) => index % 3 != 2)
            .ToDictionary(word => word, word => word.Length, StringComparer.OrdinalIgnoreCase);
        var table = new WordTable<int>(dictionary);

        foreach (var token in Tokens())
        {
            var inDictionary = dictionary.TryGetValue(token, out var expected);
            Assert.Equal(inDictionary, table.TryGetValue(token, out var value));
            Assert.Equal(expected, value);
        }
    }

    [Theory]
    [InlineData("said", "ſaid")] // long s
    [InlineData("is", "ıs")] // dotless i
    [InlineData("kind", "\u212Aind")] // Kelvin sign
    [InlineData("ſaid", "SAID")]
    [InlineData("ıs", "IS")]
    [InlineData("\u212Aind", "KIND")]
    [InlineData("“", "”")]
    [InlineData("said", "’s")]
    public void Agrees_with_the_dictionary_on_characters_that_may_fold_to_ascii(string word, string token)
    {
        var dictionary = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { [word] = 1, ["sad"] = 2 };
        var table = new WordTable<int>(dictionary);

        Assert.Equal(dictionary.ContainsKey(token), table.Contains(token));
        Assert.Equal(dictionary.ContainsKey("sad"), table.Contains("SAD"));
    }

    [Fact]
    public void Lets_through_every_character_that_folds_to_ascii()
    {
        for (var c = '\u0080'; c < char.MaxValue; c++)
        {
            if (WordFilter.FoldsToAscii(c))
            {
                Assert.True(WordTable<int>.MayHaveCharFoldingToAscii([c]), $"U+{(int)c:X4}");
            }
        }
    }

    private static IEnumerable<string> Tokens()
    {
        foreach (var word in Words)
        {
            yield return word;
            yield return word.ToUpperInvariant();
            yield return string.Concat(word.Select((c, index) => index % 2 == 0 ? char.ToUpperInvariant(c) : c));
            if (word.Length > 0)
            {
                yield return word[..^1];
                yield return word[1..];
                yield return word + "s";
                for (var index = 0; index < word.Length; index++)
                {
                    // One character with its case bit flipped: the same letter in the other case, or another character.
                    var changed = word.ToCharArray();
                    changed[index] = (char)(changed[index] ^ 0x20);
                    yield return new string(changed);
                }
            }
        }

        yield return "ſaid";
        yield return "“";
        yield return "—";
    }
}
