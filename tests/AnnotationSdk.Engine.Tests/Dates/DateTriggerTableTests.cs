using AnnotationSdk.Engine.Dates;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Dates;

public class DateTriggerTableTests
{
    /// <summary>A hyphenated word is read as a date word only when it opens with a number or a word the rules read
    /// there; "well-known" starts nothing.</summary>
    [Theory]
    [InlineData("two-year", true)]
    [InlineData("twenty\u2010four", true)]
    [InlineData("five-year-old", true)]
    [InlineData("day-long", true)]
    [InlineData("year-earlier", true)]
    [InlineData("third-quarter", true)]
    [InlineData("fiscal-first", true)]
    [InlineData("Mid-April", true)]
    [InlineData("well-known", false)]
    [InlineData("long-term", false)]
    [InlineData("co\u2010mid-April", false)]
    public void A_hyphenated_word_is_flagged_by_its_first_part(string word, bool flagged)
    {
        var scanner = new DateScanner(new AnnotationContext($"It was {word} news.", new DateOnly(2025, 4, 30)), DateLexicons.Default);
        scanner.DispatchByToken();
        var at = Enumerable.Range(0, scanner.Count).Single(i => scanner.Word(i).SequenceEqual(word));
        Assert.Equal(flagged, (scanner.TriggersAt(at) & DateTrigger.Hyphenated) != 0);
    }

    /// <summary>The pass moves from one word or number with a flag to the next, past punctuation and words that start nothing.</summary>
    [Fact]
    public void The_next_triggered_token_skips_words_and_punctuation_that_start_nothing()
    {
        var scanner = new DateScanner(new AnnotationContext("Officials said, on Friday, that prices rose.", new DateOnly(2025, 4, 30)), DateLexicons.Default);
        scanner.DispatchByToken();
        var friday = Enumerable.Range(0, scanner.Count).Single(i => scanner.Word(i).SequenceEqual("Friday"));
        Assert.Equal(friday, scanner.NextTriggered(0));
        Assert.Equal(friday, scanner.NextTriggered(friday));
        Assert.Equal(scanner.Count, scanner.NextTriggered(scanner.Count - 3));
        Assert.Equal(scanner.Count, scanner.NextTriggered(scanner.Count + 1));
    }
}
