using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// The <see cref="DateTrigger"/> flags of every word the date lexicons and rules name, in one case-insensitive
/// map looked up with the token's word (possessive cut, as the rules read it); the first words of phrase
/// lexicons, which match the token's whole text, are looked up again with it when a possessive was cut.
/// Every other word or number carries only what its kind and shape say.
/// </summary>
internal sealed class DateTriggerTable
{
    private readonly WordMap<DateTrigger> _words;
    private readonly WordMap<DateTrigger> _phraseStarts;
    private readonly WordMap<DateTrigger> _wordsAndPhraseStarts;

    /// <summary>
    /// Words that start a date only before a word of one: "the" ("the latest quarter", "the end of", "the same day"),
    /// "a", "an", "per" ("a year ago", "two and a half", "twice a week") and "that" ("that night"). Each maps to
    /// the flags the rules give it and the words they read after it that carry no flag of their own (the second
    /// words of its phrases, and those the recognizers name). Followed by a word with no flag that is not one of
    /// those, it starts nothing: in news text, nearly a third of the tokens that reached the recognizers were such a "the".
    /// A lexicon edit that gives one of these words another flag turns this off for it.
    /// </summary>
    private readonly WordMap<(DateTrigger Flags, WordSet After)> _leads;

    public DateTriggerTable(DateLexicons lexicons)
    {
        var words = new Dictionary<string, DateTrigger>(StringComparer.OrdinalIgnoreCase);
        Add(words, lexicons.Months.Words, DateTrigger.Month);
        Add(words, lexicons.Weekdays.Words, DateTrigger.Weekday);
        Add(words, lexicons.Seasons.Words, DateTrigger.Season);
        Add(words, lexicons.DecadeWords.Words, DateTrigger.DecadeWord);
        Add(words, lexicons.Units.Words, DateTrigger.Unit);
        Add(words, lexicons.Ordinals.Words, DateTrigger.Ordinal);
        Add(words, lexicons.RelativeWords.Words, DateTrigger.Relative);
        Add(words, lexicons.NumberWords.Words, DateTrigger.NumberWord);
        Add(words, lexicons.DeicticDays.Words, DateTrigger.DeicticDay);
        Add(words, lexicons.Sets.Words, DateTrigger.Set);
        Add(words, lexicons.ClockWords.Words, DateTrigger.ClockWord);
        Add(words, ["the"], DateTrigger.The);
        Add(words, ["fiscal"], DateTrigger.Fiscal);
        Add(words, ["earlier", "later"], DateTrigger.EarlierLater);
        Add(words, ["past", "next", "last", "latter"], DateTrigger.PastNextLast);
        Add(words, ["a", "an", "per"], DateTrigger.Rate);
        Add(words, ["every", "each"], DateTrigger.EveryEach);
        Add(words, ["half"], DateTrigger.Half);
        Add(words, ["recent"], DateTrigger.Recent);

        var phraseStarts = new Dictionary<string, DateTrigger>(StringComparer.OrdinalIgnoreCase);
        Add(phraseStarts, lexicons.Numbers.FirstWords, DateTrigger.Amount);
        Add(phraseStarts, lexicons.Holidays.FirstWords, DateTrigger.Holiday);
        Add(phraseStarts, lexicons.AnaphoricWords.FirstWords, DateTrigger.Anaphoric);
        Add(phraseStarts, lexicons.References.FirstWords, DateTrigger.Reference);
        Add(phraseStarts, lexicons.Modifiers.FirstWords, DateTrigger.Modifier);

        _words = new WordMap<DateTrigger>(words.Select(pair => (pair.Key, pair.Value)));
        _phraseStarts = new WordMap<DateTrigger>(phraseStarts.Select(pair => (pair.Key, pair.Value)));
        foreach (var (word, trigger) in phraseStarts)
        {
            words[word] = words.GetValueOrDefault(word) | trigger;
        }

        _wordsAndPhraseStarts = new WordMap<DateTrigger>(words.Select(pair => (pair.Key, pair.Value)));
        var afterThe = new WordSet(lexicons.AnaphoricWords.WordsAfter("the").Concat(lexicons.References.WordsAfter("the")).Concat(lexicons.Modifiers.WordsAfter("the"))
            .Concat(["year", "quarter", "period", "weekend", "most", "latest", "recent", "just-ended", "year-earlier", "year-ago", "fiscal", "current", "full",
                "past", "last", "next", "first", "coming"]));
        var theFlags = DateTrigger.The | DateTrigger.Anaphoric | DateTrigger.Reference | DateTrigger.Modifier;
        var afterArticle = new WordSet(lexicons.Numbers.WordsAfter("a").Concat(lexicons.Numbers.WordsAfter("an")).Concat(["and", "more", "1/2", "\u00bd", "additional", "extra", "further", "trading", "business", "working", "while"]));
        var articleFlags = DateTrigger.Amount | DateTrigger.Rate | DateTrigger.NumberWord;
        var afterThat = new WordSet(lexicons.AnaphoricWords.WordsAfter("that").Concat(lexicons.DayParts.Words));
        _leads = new WordMap<(DateTrigger, WordSet)>(
        [
            ("the", (theFlags, afterThe)),
            ("a", (articleFlags, afterArticle)),
            ("an", (articleFlags, afterArticle)),
            ("per", (DateTrigger.Rate, afterArticle)),
            ("that", (DateTrigger.Anaphoric, afterThat)),
        ]);
    }

    /// <summary>The flags of every token of the scanner's document.</summary>
    public DateTrigger[] Of(DateScanner s)
    {
        var tokens = s.Tokens.AsSpan();
        var text = s.Context.Text;
        var triggers = new DateTrigger[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            // Rules start only at words and numbers; any other token (rarely looked at, after "the" or a
            // modifier) is left to every recognizer, as without the dispatch.
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                triggers[i] = DateTrigger.All;
                continue;
            }

            var raw = text.AsSpan(tokens[i].Start, tokens[i].Length);
            var word = s.Word(i);
            var flags = tokens[i].Kind == TokenKind.Number ? DateTrigger.Number : DateTrigger.None;
            if (word.Length == raw.Length)
            {
                if (_wordsAndPhraseStarts.TryGet(word, out var both))
                {
                    flags |= both;
                }
            }
            else
            {
                if (_words.TryGet(word, out var named))
                {
                    flags |= named;
                }

                if (_phraseStarts.TryGet(raw, out var opens))
                {
                    flags |= opens;
                }
            }

            foreach (var c in raw)
            {
                if (c is '-' or '\u2010')
                {
                    flags |= DateTrigger.Hyphenated;
                    break;
                }
            }

            if (word.Length == 2 && word[0] == 'Q' && word[1] is >= '1' and <= '4')
            {
                flags |= DateTrigger.QuarterCode;
            }

            triggers[i] = flags;
        }

        // Reads the next token's flags before they change: whether a word may follow a lead is the rules' question, not the dispatch's.
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (triggers[i] is not (DateTrigger.None or DateTrigger.All) && triggers[i + 1] == DateTrigger.None
                && _leads.TryGet(s.Word(i), out var lead) && (triggers[i] & ~lead.Flags) == 0
                && !lead.After.Contains(s.Word(i + 1)) && !lead.After.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)))
            {
                triggers[i] = DateTrigger.None;
            }
        }

        return triggers;
    }

    private static void Add(Dictionary<string, DateTrigger> map, IEnumerable<string> words, DateTrigger trigger)
    {
        foreach (var word in words)
        {
            map[word] = map.GetValueOrDefault(word) | trigger;
        }
    }
}
