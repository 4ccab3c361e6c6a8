using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// The <see cref="DateTrigger"/> flags of every word the date lexicons and rules name, in one case-insensitive
/// map looked up with the token's word (possessive cut, as the rules read it); the first words of phrase
/// lexicons, which match the token's whole text, are looked up again with it when a possessive was cut.
/// Every other word or number carries only what its kind and shape say.
/// </summary>
internal sealed partial class DateTriggerTable
{
    /// <summary>Each word's flags as a word and as the first token of a phrase, and its lead if it is one: a token
    /// takes a single look-up, two when a possessive was cut.</summary>
    private readonly WordMap<Entry> _entries;

    /// <summary>The words a rule reads as the first part of a hyphenated word: "two-year", "twenty-four", "day-long",
    /// "year-earlier", "third-quarter", "fiscal-first", "mid-April".</summary>
    private readonly FewWords _hyphenHeads;

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

        // The rule reads only "Q1" to "Q4" in capitals; the table, which ignores case, gives "q1" the flag too, which
        // only runs the rule there. A test of the token's length and letters, unpredictable, cost more than the look-up.
        Add(words, ["Q1", "Q2", "Q3", "Q4"], DateTrigger.QuarterCode);

        var phraseStarts = new Dictionary<string, DateTrigger>(StringComparer.OrdinalIgnoreCase);
        Add(phraseStarts, lexicons.Numbers.FirstWords, DateTrigger.Amount);
        Add(phraseStarts, lexicons.Holidays.FirstWords, DateTrigger.Holiday);
        Add(phraseStarts, lexicons.AnaphoricWords.FirstWords, DateTrigger.Anaphoric);
        Add(phraseStarts, lexicons.References.FirstWords, DateTrigger.Reference);
        Add(phraseStarts, lexicons.Modifiers.FirstWords, DateTrigger.Modifier);

        // The words the rules read after a lead, with no flag of their own: the second words of the phrases it opens
        // and those the recognizers name.
        var afterThe = new FewWords(SecondWords(lexicons, "the")
            .Concat(["year", "quarter", "period", "weekend", "most", "latest", "recent", "just-ended", "year-earlier", "year-ago", "fiscal", "current", "full",
                "past", "last", "next", "first", "coming"]));
        var theFlags = DateTrigger.The | DateTrigger.Anaphoric | DateTrigger.Reference | DateTrigger.Modifier;

        // Words an amount is read through to its unit: "two and a half years", "two more weeks", "eight trading days".
        string[] afterAmount = ["and", "more", "1/2", "\u00bd", "additional", "extra", "further", "trading", "business", "working"];
        var afterArticle = new FewWords(SecondWords(lexicons, "a").Concat(SecondWords(lexicons, "an")).Concat(afterAmount).Append("while"));
        var articleFlags = DateTrigger.Amount | DateTrigger.Rate | DateTrigger.NumberWord | DateTrigger.Reference;
        var afterThat = new FewWords(SecondWords(lexicons, "that").Concat(lexicons.DayParts.Words));
        var leads = new Dictionary<string, Lead>(StringComparer.OrdinalIgnoreCase)
        {
            // After "the" the rules run again at the next word ("the third quarter"): any flag of its own keeps "the".
            ["the"] = new(theFlags, afterThe, DateTrigger.All),

            // An amount, a rate or "that" reads a unit next ("a year ago", "twice a week", "that same day", "that Friday").
            ["a"] = new(articleFlags, afterArticle, DateTrigger.Unit),
            ["an"] = new(articleFlags, afterArticle, DateTrigger.Unit),
            ["per"] = new(DateTrigger.Rate, afterArticle, DateTrigger.Unit),
            ["that"] = new(DateTrigger.Anaphoric, afterThat, DateTrigger.Unit | DateTrigger.Weekday),

            // "this" names the period next to it: "this year", "this Friday", "this spring", "this Christmas", "this past weekend".
            ["this"] = new(DateTrigger.Relative, new FewWords(lexicons.DayParts.Words.Concat(["past", "coming"])),
                DateTrigger.Unit | DateTrigger.Weekday | DateTrigger.Month | DateTrigger.Season | DateTrigger.Holiday),
        };

        // An amount word reads a unit, the rest of its number ("twenty four", "nineteen 96", "nineteen ninety-six"),
        // a word before the unit ("two more weeks", "five and a half years") or the rest of its own phrase next
        // ("couple of", which must not keep "one of").
        var amountFlags = DateTrigger.Amount | DateTrigger.NumberWord;
        var amountNext = DateTrigger.Unit | DateTrigger.Amount | DateTrigger.NumberWord | DateTrigger.Number | DateTrigger.Hyphenated;
        var amount = new Lead(amountFlags, new FewWords(afterAmount), amountNext);
        foreach (var word in lexicons.Numbers.FirstWords.Concat(lexicons.NumberWords.Words))
        {
            var seconds = SecondWords(lexicons, word).ToList();
            leads.TryAdd(word, seconds.Count == 0 ? amount : new Lead(amountFlags, new FewWords(seconds.Concat(afterAmount)), amountNext));
        }

        _hyphenHeads = new FewWords(lexicons.ModifierWords.Words.Concat(lexicons.Units.Words).Concat(lexicons.NumberWords.Words)
            .Concat(lexicons.Ordinals.Words).Append("fiscal"));
        var mapWords = words.Keys.Union(phraseStarts.Keys, StringComparer.OrdinalIgnoreCase).Union(leads.Keys, StringComparer.OrdinalIgnoreCase).ToList();
        var openings = mapWords.Select(word => OpeningOf(lexicons, word)).ToList();
        _entries = new WordMap<Entry>(mapWords
            .Select((word, k) => (word, new Entry(words.GetValueOrDefault(word), phraseStarts.GetValueOrDefault(word), leads.GetValueOrDefault(word), openings[k]))));
        _mapKeys = JointKeyBitmap.Of(mapWords);
        _continuationKeys = JointKeyBitmap.Of(leads.Values.SelectMany(lead => lead.After.Words).Concat(openings.OfType<Opening>().SelectMany(opening => opening.Next.Words)));
        (_shortWordSlots, _shortWords) = ShortWordsBySlot(mapWords);
    }

    /// <summary>
    /// The word each token is read as (a possessive "'s" cut: "Friday's" is "Friday") and the flags of each token.
    /// Tokens other than words and numbers, which rules start at only after "the" or a modifier, carry every flag,
    /// as without the dispatch.
    /// </summary>
    /// <param name="filterKeys">The tokens' <see cref="TokenList.FilterKeys"/>.</param>
    public void Fill(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<uint> filterKeys, Span<TextSpan> words, Span<DateTrigger> triggers)
    {
        var pass = new Pass(text);
        for (var i = 0; i < tokens.Length; i++)
        {
            // Most tokens are a word or number in no map, with no hyphen and no apostrophe (which decides what the token
            // before it left pending: "the" before "company"), or punctuation after a token that leaves nothing pending:
            // they are their own word and carry only their kind's flags. The loop tests just that, with few values live,
            // and the short words of the map ("the", "a", "at", "this"), and leaves every other token to FillAt.
            ref readonly var token = ref tokens[i];
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                // The cursor stays at a hyphen until asked past it: the token after a hyphenated word or a dash has none.
                if ((pass.Hyphens.NoneBefore(token.End) || !pass.Hyphens.AnyIn(token.Start, token.End))
                    && !(token.Length >= 2 && text[token.End - 2] is '\'' or '\u2019'))
                {
                    var keyBit = MapKeyBit(filterKeys[i]);
                    if (MayBeInMap(keyBit))
                    {
                        ref readonly var shortWord = ref ShortWordAt(keyBit);
                        if (shortWord.Is(text, token.Start, token.Length))
                        {
                            FillShortWord(text, in token, keyBit, i, ref pass, in shortWord, words, triggers);
                            continue;
                        }

                        if (!shortWord.SoleInSlot || !IsShortAsciiWord(text, token.Start, token.Length))
                        {
                            FillAt(text, tokens, filterKeys, i, ref pass, words, triggers);
                            continue;
                        }
                    }

                    // No word of the map.
                    var flags = token.Kind == TokenKind.Number ? DateTrigger.Number : DateTrigger.None;
                    if (pass.Pending)
                    {
                        var word = text.AsSpan(token.Start, token.Length);
                        pass.Decide(word, word, flags, triggers, i - 1, MayContinue(keyBit));
                        pass.Leave(null, null);
                    }

                    words[i] = token.Span;
                    triggers[i] = flags;
                    continue;
                }

                if (pass.Hyphens.NoneBefore(token.End) && TryFillPossessiveOfNoMapWord(text, in token, filterKeys[i], i, ref pass, words, triggers))
                {
                    continue;
                }
            }
            else if (!pass.Pending)
            {
                words[i] = token.Span;
                triggers[i] = DateTrigger.All;
                continue;
            }

            FillAt(text, tokens, filterKeys, i, ref pass, words, triggers);
        }
    }

    /// <summary>
    /// As <see cref="FillAt"/> does for token <paramref name="i"/>, with no hyphen, when it is a possessive ("company's")
    /// whose word and whole token are no words of the map, as most are (1,600 per MB, two in five of the tokens FillAt
    /// was left); false, with nothing done, for any other.
    /// </summary>
    /// <param name="filterKeys">The token's <see cref="WordFilter.KeysOf"/>.</param>
    private bool TryFillPossessiveOfNoMapWord(string text, in Token token, uint filterKeys, int i, ref Pass pass, Span<TextSpan> words, Span<DateTrigger> triggers)
    {
        var raw = text.AsSpan(token.Start, token.Length);
        if (!(raw.Length > 2 && raw[^2] is '\'' or '\u2019' && raw[^1] is 's' or 'S' && token.Kind == TokenKind.Word))
        {
            return false;
        }

        var word = raw[..^2];
        if (MayBeInMap(MapKeyBit(WordFilter.KeysOf(word))) || MayBeInMap(MapKeyBit(filterKeys)))
        {
            return false;
        }

        if (pass.Pending)
        {
            pass.Decide(word, raw, DateTrigger.None, triggers, i - 1, mayContinue: true);
            pass.Leave(null, null);
        }

        words[i] = new TextSpan(token.Start, token.Start + word.Length);
        triggers[i] = DateTrigger.None;
        return true;
    }

    /// <summary>Token <paramref name="i"/>'s word and flags, and the flags of the token before it that it decides.</summary>
    private void FillAt(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<uint> filterKeys, int i, ref Pass pass, Span<TextSpan> words, Span<DateTrigger> triggers)
    {
        ref readonly var token = ref tokens[i];
        var raw = text.AsSpan(token.Start, token.Length);
        if (token.Kind is not (TokenKind.Word or TokenKind.Number))
        {
            Close(pass.PendingOpening, raw, triggers, i - 1, mayContinue: true);
            words[i] = token.Span;
            triggers[i] = DateTrigger.All;
            pass.Leave(null, null);
            return;
        }

        // The apostrophe first: it is nearly never there, where a short word or a final "s" is as likely as not.
        var possessive = raw.Length >= 2 && raw[^2] is '\'' or '\u2019' && raw[^1] is 's' or 'S' && raw.Length > 2 && token.Kind == TokenKind.Word;
        var word = possessive ? raw[..^2] : raw;
        words[i] = new TextSpan(token.Start, token.Start + word.Length);
        var flags = token.Kind == TokenKind.Number ? DateTrigger.Number : DateTrigger.None;
        Lead? lead = null;
        Opening? opening = null;
        if (_entries.TryGet(word, possessive ? WordFilter.KeysOf(word) : filterKeys[i], out var entry))
        {
            flags |= possessive ? entry.Named : entry.Named | entry.Opens;
            lead = entry.Lead;
            opening = possessive ? null : entry.Opening;
        }

        if (possessive && _entries.TryGet(raw, filterKeys[i], out var whole))
        {
            flags |= whole.Opens;
            opening = whole.Opening;
        }

        if (pass.Hyphens.AnyIn(token.Start, token.End) && HasDateHead(word))
        {
            flags |= DateTrigger.Hyphenated;
        }

        pass.Decide(word, raw, flags, triggers, i - 1, mayContinue: true);
        triggers[i] = flags;
        pass.Leave(LeadKept(lead, flags), opening);
    }

    /// <summary><paramref name="lead"/>, if the token is a lead: it carries flags, and none beyond the lead's own.</summary>
    private static Lead? LeadKept(Lead? lead, DateTrigger flags) =>
        lead is not null && flags != DateTrigger.None && (flags & ~lead.Flags) == 0 ? lead : null;

    /// <summary>
    /// Whether a rule may read <paramref name="word"/>, which holds a hyphen, as a hyphenated date word: every rule
    /// that does reads a number or a word of <see cref="_hyphenHeads"/> before its first hyphen ('-' for most, '-' or
    /// U+2010 for the spelled numbers). In news most hyphenated words are "well-known" or "long-term": their recognizers
    /// and the amount before them ("two well-known") need not run.
    /// </summary>
    private bool HasDateHead(ReadOnlySpan<char> word)
    {
        if (char.IsAsciiDigit(word[0]))
        {
            return true;
        }

        var anyHyphen = word.IndexOfAny('-', '\u2010');
        var hyphen = word.IndexOf('-');
        return (anyHyphen > 0 && _hyphenHeads.Contains(word[..anyHyphen])) || (hyphen > anyHyphen && _hyphenHeads.Contains(word[..hyphen]));
    }

    /// <summary>Drops the flags of the phrases token <paramref name="previous"/> opens when <paramref name="next"/> continues none.</summary>
    /// <param name="mayContinue">False when <paramref name="next"/> is known to be no word that continues a phrase (see <see cref="MayContinue"/>).</param>
    private static void Close(Opening? opening, ReadOnlySpan<char> next, Span<DateTrigger> triggers, int previous, bool mayContinue)
    {
        if (opening is not null && !(mayContinue && opening.Next.Contains(next)))
        {
            triggers[previous] &= ~opening.Flags;
        }
    }

    /// <summary>The phrase flags of <paramref name="word"/> that the next token decides: those of the lexicons in
    /// which it is not a phrase by itself, and the second words of their phrases that start with it. Only lexicons
    /// whose rules start by matching a phrase at the token (not the amounts, which rules read in other ways too).</summary>
    private static Opening? OpeningOf(DateLexicons lexicons, string word)
    {
        var flags = DateTrigger.None;
        var next = new List<string>();
        Add(lexicons.Holidays, DateTrigger.Holiday);
        Add(lexicons.AnaphoricWords, DateTrigger.Anaphoric);
        Add(lexicons.References, DateTrigger.Reference);
        Add(lexicons.Modifiers, DateTrigger.Modifier);
        return flags == DateTrigger.None ? null : new Opening(flags, new FewWords(next));

        void Add<T>(PhraseMatcher<T> phrases, DateTrigger flag)
        {
            var tokens = Tokenizer.Tokenize(word);
            var oneToken = tokens.Count == 1 && tokens[0].Start == 0 && tokens[0].End == word.Length;
            if (phrases.FirstWords.Contains(word, StringComparer.OrdinalIgnoreCase) && oneToken && !phrases.TryMatch(word, tokens, 0, 1, out _))
            {
                flags |= flag;
                next.AddRange(phrases.WordsAfter(word));
            }
        }
    }

    private static IEnumerable<string> SecondWords(DateLexicons lexicons, string first) =>
        lexicons.Numbers.WordsAfter(first).Concat(lexicons.Holidays.WordsAfter(first)).Concat(lexicons.AnaphoricWords.WordsAfter(first))
            .Concat(lexicons.References.WordsAfter(first)).Concat(lexicons.Modifiers.WordsAfter(first));

    private static void Add(Dictionary<string, DateTrigger> map, IEnumerable<string> words, DateTrigger trigger)
    {
        foreach (var word in words)
        {
            map[word] = map.GetValueOrDefault(word) | trigger;
        }
    }

    /// <summary>What the pass carries from a token to the next: where the next hyphen is, and the lead or opening whose
    /// flags the next token decides.</summary>
    private struct Pass(string text)
    {
        public HyphenCursor Hyphens = new(text);

        public Lead? PendingLead { get; private set; }

        public Opening? PendingOpening { get; private set; }

        /// <summary>A lead or an opening waits for the next token; one test for the loop instead of two.</summary>
        public bool Pending { get; private set; }

        /// <summary>
        /// Drops the flags of token <paramref name="previous"/> that the token after it, read as <paramref name="word"/>
        /// (<paramref name="raw"/> with a possessive) with <paramref name="flags"/>, does not continue. Whether a word may
        /// follow a lead is the rules' question, not the dispatch's: the flags read are the word's own, before any lead
        /// after it is turned off. Where <paramref name="mayContinue"/> is false, the word is known to be none of the words
        /// read after a lead or an opening.
        /// </summary>
        public readonly void Decide(ReadOnlySpan<char> word, ReadOnlySpan<char> raw, DateTrigger flags, Span<DateTrigger> triggers, int previous, bool mayContinue)
        {
            if (PendingLead is { } lead && (flags & lead.Next) == 0
                && !(mayContinue && (lead.After.Contains(word) || (raw.Length > word.Length && lead.After.Contains(raw)))))
            {
                triggers[previous] = DateTrigger.None;
            }
            else
            {
                Close(PendingOpening, raw, triggers, previous, mayContinue);
            }
        }

        public void Leave(Lead? lead, Opening? opening)
        {
            PendingLead = lead;
            PendingOpening = opening;
            Pending = lead is not null || opening is not null;
        }
    }

    /// <param name="Named">The flags of the word as the rules read it.</param>
    /// <param name="Opens">The flags of the whole token as the first token of a phrase.</param>
    /// <param name="Opening">The flags of <paramref name="Opens"/> that hold only if the next token continues a phrase.</param>
    private readonly record struct Entry(DateTrigger Named, DateTrigger Opens, Lead? Lead, Opening? Opening);

    /// <summary>
    /// Flags of a word that opens phrases and is not one itself ("at" in "at least", "New" in "New Year's Day"): they
    /// hold only when the next token is one of <paramref name="Next"/>; else no phrase of theirs starts at it, and
    /// nothing their rules do (see <see cref="DateAnnotator.Recognizers"/>) can start there.
    /// </summary>
    private sealed record Opening(DateTrigger Flags, FewWords Next);

    /// <summary>
    /// A word that starts a date only before a word of one: "the" ("the latest quarter", "the end of", "the same day"),
    /// "a", "an", "per" ("a year ago", "two and a half", "twice a week"), "that" ("that night"), "this" ("this year")
    /// and the other amount words ("two years", "several months"), with the flags the rules give it,
    /// <paramref name="After"/>, the words they read after it that carry no flag of their own (the second words of
    /// its phrases, and those the recognizers name), and <paramref name="Next"/>, the flags of the next word they
    /// read. Followed by a word with none of those flags that is not one of those words, it starts nothing: in news
    /// text, nearly a third of the tokens that reached the recognizers were such a "the", and a quarter such an "a".
    /// A lexicon edit that gives one of these words another flag turns this off for it.
    /// </summary>
    private sealed record Lead(DateTrigger Flags, FewWords After, DateTrigger Next);
}
