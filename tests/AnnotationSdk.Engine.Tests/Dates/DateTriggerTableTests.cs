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

    /// <summary>Every word of the map gets its flags in any case: the pass's first test, of both filter keys at once,
    /// passes each of them.</summary>
    [Fact]
    public void Every_word_of_the_word_lexicons_is_flagged_in_any_case()
    {
        var lexicons = DateLexicons.Default;
        var words = lexicons.Months.Words.Concat(lexicons.Weekdays.Words).Concat(lexicons.Seasons.Words).Concat(lexicons.Units.Words)
            .Concat(lexicons.Ordinals.Words).Concat(lexicons.DeicticDays.Words).Where(word => word.All(char.IsLetter));
        foreach (var word in words.SelectMany(word => new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant() }))
        {
            var scanner = new DateScanner(new AnnotationContext($"It was {word}.", new DateOnly(2025, 4, 30)), DateLexicons.Default);
            scanner.DispatchByToken();
            Assert.True(scanner.TriggersAt(2) != DateTrigger.None, word);
        }
    }

    /// <summary>The rules ask for a unit or a month only where the token carries its flag: every unit and month keeps
    /// it wherever it stands, after a lead, an opening or nothing, and with a possessive.</summary>
    [Fact]
    public void Every_unit_and_month_keeps_its_flag_after_any_word()
    {
        var lexicons = DateLexicons.Default;
        var words = lexicons.Units.Words.Select(word => (word, DateTrigger.Unit)).Concat(lexicons.Months.Words.Select(word => (word, DateTrigger.Month)));
        foreach (var (word, flag) in words.Where(entry => entry.word.All(char.IsLetter)))
        {
            foreach (var before in new[] { "the", "a", "at", "this", "two", "company" })
            {
                foreach (var written in new[] { word, word + "'s" })
                {
                    var scanner = new DateScanner(new AnnotationContext($"They said {before} {written} went by.", new DateOnly(2025, 4, 30)), DateLexicons.Default);
                    scanner.DispatchByToken();
                    Assert.True(scanner.MayBe(3, flag), $"{before} {written}");
                }
            }
        }
    }

    /// <summary>A possessive is read without its "'s", a word of the map or not: "company's" is "company" and starts
    /// nothing, "year's" is the unit "year".</summary>
    [Theory]
    [InlineData("company's", "company", false)]
    [InlineData("Company\u2019S", "Company", false)]
    [InlineData("year's", "year", true)]
    public void A_possessive_is_read_as_its_word(string written, string word, bool unit)
    {
        var scanner = new DateScanner(new AnnotationContext($"It was the {written} end, said the staff.", new DateOnly(2025, 4, 30)), DateLexicons.Default);
        scanner.DispatchByToken();
        Assert.Equal(word, scanner.Word(3).ToString());
        Assert.Equal(unit, (scanner.TriggersAt(3) & DateTrigger.Unit) != 0);
        Assert.Equal(unit, scanner.TriggersAt(3) != DateTrigger.None);
    }

    /// <summary>A word whose first and last letters are those of one word of the map, and its inner letters those of
    /// another ("Munday": "Monday" and "Sunday"), is none of them and starts nothing.</summary>
    [Fact]
    public void A_word_with_the_letters_of_two_words_of_the_map_is_not_flagged()
    {
        var scanner = new DateScanner(new AnnotationContext("It was Munday.", new DateOnly(2025, 4, 30)), DateLexicons.Default);
        scanner.DispatchByToken();
        Assert.Equal(DateTrigger.None, scanner.TriggersAt(2));
    }

    /// <summary>Each hyphenated word of a sentence is flagged by its own first part, whatever the hyphens before it:
    /// the pass looks for the next hyphen only past the last one it found.</summary>
    [Fact]
    public void Every_hyphenated_word_of_a_text_is_flagged_by_its_own_first_part()
    {
        var scanner = new DateScanner(new AnnotationContext("A well-known, two-year - and five-year-old long-term mid-April plan.", new DateOnly(2025, 4, 30)), DateLexicons.Default);
        scanner.DispatchByToken();
        var flagged = Enumerable.Range(0, scanner.Count)
            .Where(i => (scanner.TriggersAt(i) & DateTrigger.Hyphenated) != 0 && scanner.TriggersAt(i) != DateTrigger.All)
            .Select(i => scanner.Word(i).ToString());
        Assert.Equal(["two-year", "five-year-old", "mid-April"], flagged);
    }

    /// <summary>The map's short words ("a", "the", "that", "this", "at", "several"), which the pass recognizes without the
    /// map in any case, keep their flags only before a word they lead to, as the map's other words do; at the end of the
    /// text, where they are left to the map and no word follows, they keep them.</summary>
    [Theory]
    [InlineData("They left the year before.", "the", true)]
    [InlineData("They left THE company.", "THE", false)]
    [InlineData("They left tHe Year before.", "tHe", true)]
    [InlineData("It took a week.", "a", true)]
    [InlineData("It took A man.", "A", false)]
    [InlineData("It took an hour.", "an", true)]
    [InlineData("It took An apple.", "An", false)]
    [InlineData("That day ended.", "That", true)]
    [InlineData("That man left.", "That", false)]
    [InlineData("He said that", "that", true)]
    [InlineData("He met them then.", "them", false)]
    [InlineData("It rose this year.", "this", true)]
    [InlineData("It rose THIS Year.", "THIS", true)]
    [InlineData("It rose this way.", "this", false)]
    [InlineData("They met at least twice.", "at", true)]
    [InlineData("They met at home.", "at", false)]
    [InlineData("It took Several weeks.", "Several", true)]
    [InlineData("It took several people.", "several", false)]
    [InlineData("It took the same", "the", true)]
    [InlineData("It rose - this year.", "this", true)]
    [InlineData("It rose - this way.", "this", false)]
    [InlineData("A long-term this year.", "this", true)]
    [InlineData("A long-term this way.", "this", false)]
    [InlineData("They left the company's office.", "the", false)]
    [InlineData("They left the year's end.", "the", true)]
    [InlineData("They left the Smiths' home.", "the", false)]
    public void A_short_word_keeps_its_flags_only_before_a_word_it_leads_to(string text, string article, bool keeps)
    {
        var scanner = new DateScanner(new AnnotationContext(text, new DateOnly(2025, 4, 30)), DateLexicons.Default);
        scanner.DispatchByToken();
        var at = Enumerable.Range(0, scanner.Count).Single(i => scanner.Word(i).SequenceEqual(article));
        Assert.Equal(keeps, scanner.TriggersAt(at) != DateTrigger.None);
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

    /// <summary>The search for the next token with a flag runs over many vectors' worth of tokens that carry none or
    /// all of them, and stops at the first word with a flag.</summary>
    [Fact]
    public void The_next_triggered_token_is_found_past_a_long_run_of_plain_words_and_punctuation()
    {
        var filler = string.Concat(Enumerable.Repeat("officials said, prices rose; ", 20));
        var scanner = new DateScanner(new AnnotationContext(filler + "on Friday, " + filler + "in May.", new DateOnly(2025, 4, 30)), DateLexicons.Default);
        scanner.DispatchByToken();
        var friday = Enumerable.Range(0, scanner.Count).Single(i => scanner.Word(i).SequenceEqual("Friday"));
        var may = Enumerable.Range(0, scanner.Count).Single(i => scanner.Word(i).SequenceEqual("May"));
        Assert.Equal(friday, scanner.NextTriggered(0));
        Assert.Equal(may, scanner.NextTriggered(friday + 1));
        Assert.Equal(scanner.Count, scanner.NextTriggered(may + 1));
    }
}
