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

    /// <summary>What "the" starts in the rules: a recognizer listing <see cref="DateTrigger.The"/>, or a phrase
    /// of the anaphoric, reference or modifier lexicons.</summary>
    private const DateTrigger TheFlags = DateTrigger.The | DateTrigger.Anaphoric | DateTrigger.Reference | DateTrigger.Modifier;

    /// <summary>
    /// Every word that can follow "the" in a date: the second words of the phrases that open with "the", and the
    /// words the rules read after it ("the latest quarter", "the full year", "the weekend"). "The" followed by a
    /// word that carries no flag of its own and is not one of these starts nothing (a fifth of the tokens the
    /// recognizers were asked about in news text were such a "the").
    /// </summary>
    private readonly WordSet _afterThe;

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
        _afterThe = new WordSet(lexicons.AnaphoricWords.WordsAfter("the").Concat(lexicons.References.WordsAfter("the")).Concat(lexicons.Modifiers.WordsAfter("the"))
            .Concat(["year", "quarter", "period", "weekend", "most", "latest", "recent", "just-ended", "year-earlier", "year-ago", "fiscal", "current", "full",
                "past", "last", "next", "first", "coming"]));
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

        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if ((triggers[i] & DateTrigger.The) != 0 && (triggers[i] & ~TheFlags) == 0 && triggers[i + 1] == DateTrigger.None
                && !_afterThe.Contains(s.Word(i + 1)) && !_afterThe.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)))
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
