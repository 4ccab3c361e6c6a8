using AnnotationSdk.Engine.Dates;
using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Dates;

/// <summary>
/// The date annotator runs each recognizer only at tokens that carry one of its <see cref="DateTrigger"/> flags.
/// These tests run every recognizer at every token of documents stitched from every date lexicon word and the
/// words the rules name, and check that no match starts at a token its flags leave out, and that the annotator
/// finds the same dates with and without the dispatch. A rule that learns to start at a new kind of token
/// fails here until its flags in <see cref="DateAnnotator.Recognizers"/> say so.
/// </summary>
public class DateDispatchTests
{
    private static readonly DateOnly Reference = new(2025, 4, 30);

    [Fact]
    public void No_recognizer_matches_at_a_token_its_triggers_leave_out()
    {
        foreach (var text in Documents())
        {
            var scanner = new DateScanner(new AnnotationContext(text, Reference), DateLexicons.Default);
            scanner.DispatchByToken();
            for (var i = 0; i <= scanner.Count; i++)
            {
                var triggers = scanner.TriggersAt(i);
                for (var r = 0; r < DateAnnotator.Recognizers.Length; r++)
                {
                    var entry = DateAnnotator.Recognizers[r];
                    if (entry.Match(scanner, i, out var match) && match.End > match.First)
                    {
                        Assert.True((triggers & entry.StartsAt) != 0, $"Recognizer {r} matched '{text[scanner.SpanOf(match.First, match.End).Start..scanner.SpanOf(match.First, match.End).End]}' ({match.Rule}) at token {i} with triggers {triggers} in {System.Text.Json.JsonSerializer.Serialize(text)}");
                    }
                }

                if (DateLexicons.Default.Modifiers.TryMatch(text, scanner.Tokens, i, out _))
                {
                    Assert.True((triggers & DateTrigger.Modifier) != 0, $"A modifier at token {i} without the Modifier trigger in {text}");
                }
            }
        }
    }

    [Fact]
    public void Dispatch_by_token_finds_the_same_dates()
    {
        var dispatched = new DateAnnotator();
        var everywhere = new DateAnnotator(dispatchByToken: false);
        foreach (var text in Documents())
        {
            var fast = new AnnotationContext(text, Reference);
            var slow = new AnnotationContext(text, Reference);
            dispatched.Annotate(fast);
            everywhere.Annotate(slow);
            Assert.Equal(Describe(slow), Describe(fast));
        }
    }

    /// <summary>"The", "a" or "that" before a word with no flag of its own starts nothing, unless the rules read that word
    /// after it: random documents seldom put three such words in a row, so every phrase a rule reads after one is here.</summary>
    [Theory]
    [InlineData("the full year")]
    [InlineData("the current fiscal year")]
    [InlineData("the fiscal year ended June 30")]
    [InlineData("the year ending Dec. 31")]
    [InlineData("the latest quarter")]
    [InlineData("the most recent quarter")]
    [InlineData("the latest period")]
    [InlineData("the recent quarter")]
    [InlineData("the just-ended quarter")]
    [InlineData("the year-earlier quarter")]
    [InlineData("the year-ago period")]
    [InlineData("the quarter ended Sept. 30")]
    [InlineData("the 1988 period")]
    [InlineData("the fiscal first quarter")]
    [InlineData("the third quarter")]
    [InlineData("the first half of 2024")]
    [InlineData("the latter half of 1989")]
    [InlineData("the weekend")]
    [InlineData("the past week")]
    [InlineData("the last two years")]
    [InlineData("the next three months")]
    [InlineData("the first nine months")]
    [InlineData("the coming weeks")]
    [InlineData("the weeks ahead")]
    [InlineData("the 1990s")]
    [InlineData("the year two thousand")]
    [InlineData("the same day")]
    [InlineData("the following week")]
    [InlineData("the previous year")]
    [InlineData("the prior month")]
    [InlineData("the present")]
    [InlineData("the near future")]
    [InlineData("the long term")]
    [InlineData("the end of the year")]
    [InlineData("the middle of 2023")]
    [InlineData("the beginning of March")]
    [InlineData("a year ago")]
    [InlineData("a few days later")]
    [InlineData("a couple of weeks")]
    [InlineData("an hour and a half")]
    [InlineData("a week more")]
    [InlineData("twice a week")]
    [InlineData("10 times per year")]
    [InlineData("that night")]
    [InlineData("that same day")]
    [InlineData("that week")]
    [InlineData("the latest fiscal year")]
    [InlineData("the most recent year")]
    [InlineData("the fiscal-first quarter")]
    [InlineData("an additional year")]
    [InlineData("an extra week")]
    [InlineData("a trading day")]
    [InlineData("for a while")]
    [InlineData("at a later date")]
    [InlineData("this past weekend")]
    [InlineData("this coming Sunday")]
    [InlineData("this morning")]
    [InlineData("this spring")]
    [InlineData("this Friday")]
    [InlineData("this year")]
    [InlineData("two more weeks")]
    [InlineData("three trading days")]
    [InlineData("five and a half years")]
    [InlineData("five 1/2 hours")]
    [InlineData("twenty four hours")]
    [InlineData("nineteen ninety-six")]
    [InlineData("nineteen 96")]
    [InlineData("couple of weeks")]
    [InlineData("several years ago")]
    [InlineData("at least two weeks")]
    [InlineData("right now")]
    [InlineData("New Year's Day 2025")]
    [InlineData("more than two years")]
    [InlineData("up to three months")]
    public void A_lead_before_a_word_the_rules_read_still_starts_a_date(string phrase)
    {
        foreach (var text in new[] { $"It happened in {phrase}.", $"{char.ToUpperInvariant(phrase[0])}{phrase[1..]} was quiet, officials said." })
        {
            var fast = new AnnotationContext(text, Reference);
            var slow = new AnnotationContext(text, Reference);
            new DateAnnotator().Annotate(fast);
            new DateAnnotator(dispatchByToken: false).Annotate(slow);
            Assert.NotEmpty(slow.Dates);
            Assert.Equal(Describe(slow), Describe(fast));
        }
    }

    private static string Describe(AnnotationContext context) =>
        string.Join("; ", context.Dates.Select(d => $"{d.Span} {d.Type} {d.Value} {d.Mod} {d.Rule} {d.Anchor?.Span}"));

    /// <summary>Documents stitched at random (fixed seed) from every date lexicon entry, in three casings, the
    /// words the rules name, numbers of every shape the rules read, plain words (after "the" they start nothing), and punctuation.</summary>
    private static IEnumerable<string> Documents()
    {
        var words = new List<string>
        {
            "the", "The", "a", "an", "per", "every", "each", "other", "half", "Half", "recent", "fiscal", "earlier", "later", "past", "next",
            "last", "this", "coming", "most", "recent", "latest", "just-ended", "year-earlier", "year-ago", "period", "quarter", "of", "and",
            "or", "and a half", "1/2", "½", "more", "old", "ago", "before", "after", "beyond", "ended", "ending", "at", "in", "on", "for",
            "over", "within", "since", "until", "as", "said", "will", "announced", "is", "to", "percent", "%", "$", "century", "year",
            "weekend", "Q1", "Q3", "Q5", "q2", "third-quarter", "first-half", "two-year", "16", "-", "hour", "mid-April", "late-2024",
            "mid-1990s", "early-May", "twenty-four", "five-year-old", "Friday's", "April's", "year's", "Christmas's",
            "2025", "1998", "1500", "2000", "28", "4th", "31st", "1990s", "’90s", "'80s", "20th", "2025-04-28", "2025-04", "4/28/2025",
            "4/28/98", "10:30", "14:30", "9am", "10pm", "3,000", "12", "1", "0", "99", "Sept.", "Sept", ".", ",", ";", ":", "(", ")", "\"",
            "“", "”", "—", "\n", "\n\n", "Officials", "Smith", "troops", "people", "elections", "results", "Granma", "Daily", "full", "plan",
        };
        foreach (var name in Lexicon.Assembly.GetManifestResourceNames().Where(n => n.Contains(".dates.", StringComparison.Ordinal)))
        {
            var path = "dates/" + name[(name.IndexOf(".dates.", StringComparison.Ordinal) + ".dates.".Length)..];
            foreach (var entry in Lexicon.Load(path))
            {
                words.Add(entry.Phrase);
                words.Add(entry.Phrase.ToUpperInvariant());
                words.Add(char.ToUpperInvariant(entry.Phrase[0]) + entry.Phrase[1..]);
            }
        }

        var random = new Random(20261126);
        for (var run = 0; run < 1500; run++)
        {
            var picked = Enumerable.Range(0, random.Next(1, 30)).Select(_ => words[random.Next(words.Count)]);
            yield return string.Join(random.Next(6) == 0 ? string.Empty : " ", picked);
        }
    }
}
