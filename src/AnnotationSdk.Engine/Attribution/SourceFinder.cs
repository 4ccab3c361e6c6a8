using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>
/// Finds the source phrase next to a cue: its subject on the left ("Kremlin spokesman Dmitry Peskov said",
/// "Smith, a professor at X, said", "One source told") or the phrase after it ("said Smith", "according to
/// the report"). Every search walks a bounded number of tokens.
/// </summary>
internal sealed partial class SourceFinder(AnnotationContext context, TokenWordClasses words)
{
    private const int MaxNameTokens = 10;
    private const int MaxNounTokens = 6;
    private const int MaxAppositionTokens = 40;
    private const int MaxBetweenTokens = 3;
    private const int MaxSubjectDistance = 60;

    private readonly AttributionLexicons _lexicons = AttributionLexicons.Default;
    private readonly TokenList _tokens = context.Tokens;

    /// <summary>The subject ending just before token <paramref name="cue"/>, not reaching before <paramref name="limit"/>.</summary>
    public SourceMention? Before(int cue, int limit)
    {
        var sentence = _tokens[cue].Sentence;
        limit = Math.Max(limit, 0);
        var j = cue - 1;
        for (var skipped = 0; j >= limit && skipped < MaxBetweenTokens && IsWord(j) && (words.Is(j, WordClasses.Between) || IsAdverb(j, limit)); skipped++)
        {
            j--;
        }

        if (Quantity(j, limit) is { } counted)
        {
            return counted; // before the time phrase, which would take the number for a date
        }

        j = SkipTimePhrase(SkipBracket(j, limit), limit);
        if (j < limit || _tokens[j].Sentence != sentence)
        {
            return null;
        }

        if (context.Is(j, "and") || context.Is(j, "but"))
        {
            // "Smith thanked them and said …": the coordinated verb shares the clause's subject.
            return SentenceSubject(j);
        }

        if (IsComma(j) || IsDash(j))
        {
            return Apposition(j, limit);
        }

        if (EndingAt(j, limit) is { } mention)
        {
            // A preposition's object with no phrase before it to stand for may sit in a relative clause; else it stays.
            return SubjectOf(mention, limit) ?? RelativeClauseOwner(mention, limit) ?? mention;
        }

        // "the mother of three replied": a count after "of" heads no phrase of its own, but the noun before it does.
        return IsCount(j) ? HeadedBy(new SourceMention(j, j + 1, MentionKind.Noun, SourceType.Anonymous, j), limit) : null;
    }

    /// <summary>"A spokesman for the ministry said", "the head of the agency said": the phrase before the cue is what
    /// follows "of" or "for"; the subject is the noun phrase before them, which takes it along.</summary>
    private SourceMention? HeadedBy(SourceMention mention, int limit)
    {
        // What follows the preposition is a name, or a determiner and two words at most: a longer common phrase may have
        // run back past a verb ("a sale of the site was also being discussed").
        const int MaxObjectTokens = 3;
        var first = mention.First;
        if (mention.Kind == MentionKind.Noun && first - 2 >= limit && IsWord(first - 1) && !context.IsCapitalized(first - 1)
            && IsWhosePreposition(first - 2) && !words.Is(first - 1, WordClasses.Determiner | WordClasses.Between | WordClasses.NotName) && Pronoun(first - 1) is null)
        {
            first--; // "majorities of harbour workers": a noun without a determiner keeps one modifier
        }

        var preposition = first - 1;
        var head = preposition - 1;
        if (mention.Kind == MentionKind.Pronoun || (mention.Kind == MentionKind.Noun && mention.End - first > MaxObjectTokens)
            || head < limit || !IsWord(preposition) || !IsWord(head)
            || _tokens[head].Sentence != _tokens[mention.First].Sentence
            || !IsWhosePreposition(preposition) || context.IsCapitalized(head))
        {
            return null;
        }

        // Four words at most: a longer phrase has run back past a verb ("his rivals seized on images of …").
        const int MaxHeadWords = 4;
        return EndingAt(head, limit) is { Kind: MentionKind.Noun } phrase && WordsAfter(phrase.First, head) < MaxHeadWords
            ? phrase with { End = mention.End }
            : null;
    }

    /// <summary>The words from after <paramref name="first"/> up to <paramref name="last"/>: "34-year-old" is one.</summary>
    private int WordsAfter(int first, int last)
    {
        var count = 0;
        for (var k = first + 1; k <= last; k++)
        {
            count += _tokens[k].SpaceBefore ? 1 : 0;
        }

        return count;
    }

    /// <summary>"Protesters marching through the streets chanted", "People familiar with the matter said": the phrase
    /// before the cue is the object of a participle or of an adjective such as "familiar with" or "close to"; the subject
    /// is the noun they modify, with the whole phrase.</summary>
    private SourceMention? ModifiedBy(SourceMention mention, int limit)
    {
        var preposition = mention.First - 1;
        var modifier = preposition - 1;
        if (mention.Kind == MentionKind.Pronoun || modifier - 1 < limit || !IsWord(preposition) || !IsWord(modifier)
            || _tokens[modifier - 1].Sentence != _tokens[mention.First].Sentence || context.IsCapitalized(modifier))
        {
            return null;
        }

        var modifies = words.Is(modifier, WordClasses.SourceAdjective)
            ? words.Is(preposition, WordClasses.Preposition) || context.Is(preposition, "to")
            : words.Is(preposition, WordClasses.Preposition) && IsParticiple(modifier);
        return modifies && EndingAt(modifier - 1, limit) is { Kind: not MentionKind.Pronoun } head ? head with { End = mention.End } : null;
    }

    private bool IsParticiple(int token)
    {
        if (words.Is(token, WordClasses.IngNoun))
        {
            return false;
        }

        var verb = context.TextOf(token);
        return verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Smith angrily said", "the senators bluntly told": a lower-case -ly word between subject and cue is an adverb, unless
    /// an article or a possessive owns it ("the family said", "his ally told").
    /// </summary>
    private bool IsAdverb(int index, int limit)
    {
        const int MinAdverbLength = 5;
        var word = context.TextOf(index);
        if (word.Length < MinAdverbLength || !word.EndsWith("ly", StringComparison.Ordinal) || context.IsCapitalized(index) || words.Is(index, WordClasses.NotAdverb))
        {
            return false;
        }

        var before = index - 1;
        return before < limit || !IsWord(before)
            || !(words.Is(before, WordClasses.Determiner | WordClasses.Possessive) || IsPossessive(before));
    }

    /// <summary>A source phrase starting at token <paramref name="start"/>: "Smith", "the source", "Sen. Jane Doe", "a member
    /// of the committee".</summary>
    public SourceMention? After(int start)
    {
        var mention = After(start, withOfPhrase: true);
        return mention is { Kind: MentionKind.Noun } noun && OfPhraseAfter(noun.End) is { } tail ? noun with { End = tail.End } : mention;
    }

    /// <summary>"… of the committee", "… for the ministry" at <paramref name="preposition"/>: the phrase after a noun that
    /// says whose it is. One level only: the phrase after the preposition takes no phrase of its own.</summary>
    private SourceMention? OfPhraseAfter(int preposition) =>
        preposition + 1 < _tokens.Count && _tokens[preposition + 1].Sentence == _tokens[preposition].Sentence
        && IsWhosePreposition(preposition)
        && After(preposition + 1, withOfPhrase: false) is { Kind: not MentionKind.Pronoun } tail
            ? tail
            : null;

    /// <summary>"of" or "for" after a noun: what follows says whose it is ("a member of", "a spokesman for").</summary>
    private bool IsWhosePreposition(int index) => context.Is(index, "of") || context.Is(index, "for");

    private SourceMention? After(int start, bool withOfPhrase)
    {
        if (start >= _tokens.Count || !IsWord(start))
        {
            return null;
        }

        var sentence = _tokens[start].Sentence;
        if (Pronoun(start) is { } pronoun && pronoun != "relative")
        {
            return new SourceMention(start, start + 1, MentionKind.Pronoun, PronounType(pronoun), start);
        }

        if (!(context.IsCapitalized(start) && !words.Is(start, WordClasses.NotName) || context.Is(start, "the"))
            && !words.Is(start, WordClasses.Determiner | WordClasses.Role | WordClasses.Modifier) && !IsNounHead(start))
        {
            return LowerCaseTitleAndName(start);
        }

        // Take words up to punctuation, a preposition or a verb-like cue, then trim back to the last name or noun:
        // "said the farmer Ruth Hale", "said Smith on Monday", "said a senior official".
        var end = start;
        var nameStart = -1;
        var last = Math.Min(_tokens.Count, start + MaxNameTokens);
        while (end < last && _tokens[end].Sentence == sentence && (IsWord(end) || IsAbbreviationDot(end))
            && (end == start || !words.Is(end, WordClasses.NotName))
            && Pronoun(end) is null && !(end > start && _lexicons.Cues.TryMatch(context.Text, _tokens, end, out _)))
        {
            if (context.IsCapitalized(end) && nameStart < 0)
            {
                nameStart = end;
            }

            end++;
        }

        while (end > start && ((!context.IsCapitalized(end - 1) && !IsNounHead(end - 1)) || IsPossessive(end - 1)))
        {
            end--;
        }

        if (end <= start)
        {
            return DeterminedPhraseAfter(start, withOfPhrase);
        }

        return nameStart >= 0 && nameStart < end
            ? new SourceMention(start, end, MentionKind.Name, NameType(nameStart, end), nameStart)
            : new SourceMention(start, end, MentionKind.Noun, NounType(start, end - 1), end - 1);
    }

    /// <summary>
    /// "said election lawyer Jo Hale", "said conservative activist Bo Lin": up to three lower-case title words, then a name.
    /// The title words may not be prepositions, time words, pronouns or cues ("said on Tuesday", "said in Paris" name no one).
    /// </summary>
    private SourceMention? LowerCaseTitleAndName(int start)
    {
        const int MaxTitleWords = 3;
        var sentence = _tokens[start].Sentence;
        var k = start;
        while (k < _tokens.Count && k - start < MaxTitleWords && IsWord(k) && _tokens[k].Sentence == sentence && !context.IsCapitalized(k)
            && !words.Is(k, WordClasses.NotName | WordClasses.Between | WordClasses.TimeWord | WordClasses.Determiner)
            && Pronoun(k) is null && !IsPossessive(k) && !_lexicons.Cues.TryMatch(context.Text, _tokens, k, out _))
        {
            k++;
        }

        if (k == start || k >= _tokens.Count || !IsWord(k) || _tokens[k].Sentence != sentence || !context.IsCapitalized(k) || words.Is(k, WordClasses.NotName))
        {
            return null;
        }

        var nameStart = k;
        var end = k;
        while (end < _tokens.Count && end - start < MaxNameTokens && _tokens[end].Sentence == sentence
            && ((IsWord(end) && context.IsCapitalized(end) && !words.Is(end, WordClasses.NotName)) || IsAbbreviationDot(end)))
        {
            end++;
        }

        return new SourceMention(start, end, MentionKind.Name, NameType(nameStart, end), nameStart);
    }

    /// <summary>The first person or organisation named in the sentence before <paramref name="cue"/>: who "saying" belongs to.</summary>
    public SourceMention? SentenceSubject(int cue)
    {
        var sentence = _tokens[cue].Sentence;
        var from = Math.Max(0, cue - MaxSubjectDistance);
        var i = cue - 1;
        while (i > from && _tokens[i - 1].Sentence == sentence)
        {
            i--;
        }

        if (i > 0 && _tokens[i - 1].Sentence == sentence)
        {
            return null; // the sentence starts too far back to tell its subject
        }

        // A sentence that opens inside a quote ("… issues. The people agree," Smith said, adding): start after its closing mark.
        for (var k = i; k < cue; k++)
        {
            if (_tokens[k].Kind == TokenKind.QuoteMark)
            {
                i = context.Text[_tokens[k].Start] is '\u201D' or '\u00BB' || (context.Text[_tokens[k].Start] == '"' && !_tokens[k].SpaceBefore) ? k + 1 : i;
                break;
            }
        }

        var insideQuote = false;
        for (i = AfterOpeningPhrases(i, cue); i < cue; i++)
        {
            // Words inside quote marks belong to the quote, not to the clause: “We …,” Trump said, adding …
            if (_tokens[i].Kind == TokenKind.QuoteMark && context.Text[_tokens[i].Start] is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E')
            {
                insideQuote = !insideQuote;
                continue;
            }

            if (insideQuote || !IsWord(i))
            {
                continue;
            }

            if (PronounOrContraction(i) is { } pronoun && pronoun is "person" or "group" or "thing")
            {
                return new SourceMention(i, i + 1, MentionKind.Pronoun, PronounType(pronoun), i);
            }

            if (IsNounHead(i) && !context.IsCapitalized(i))
            {
                return Noun(i, from); // "several environmental groups granted …, saying"
            }

            // "Following a meeting, the council issued a statement calling …": an opening participle is no name.
            var participle = context.TextOf(i).EndsWith("ing", StringComparison.Ordinal) && (i == 0 || _tokens[i - 1].Sentence != sentence);
            if (context.IsCapitalized(i) && !words.Is(i, WordClasses.NotName | WordClasses.Preposition) && !participle)
            {
                // "Hillary Clinton’s campaign manager Robby Mook said …, arguing": a possessive goes on to the noun it owns;
                // "Mr. Putin forecast …": a title's or an initial's period goes on to the name.
                var end = i;
                var possessed = false;
                while (end < cue && end - i < MaxNameTokens && (IsAbbreviationDot(end) || (IsWord(end)
                    && (context.IsCapitalized(end) || words.Is(end, WordClasses.Role) || (possessed && IsNounHead(end))))))
                {
                    possessed |= IsPossessive(end);
                    end++;
                }

                end = OwnedNounEnd(end, cue);

                return EndingAt(end - 1, i);
            }
        }

        return null;
    }

    /// <summary>"Lazar's public defense counsel": after a possessive name, up to two modifiers and the noun it owns; the
    /// token after that noun, else <paramref name="end"/>.</summary>
    private int OwnedNounEnd(int end, int cue)
    {
        const int MaxModifiers = 2;
        if (end == 0 || !IsPossessive(end - 1))
        {
            return end;
        }

        for (var k = end; k < cue && k - end <= MaxModifiers && IsWord(k) && !context.IsCapitalized(k)
            && !words.Is(k, WordClasses.Determiner | WordClasses.Preposition | WordClasses.Auxiliary); k++)
        {
            if (IsNounHead(k))
            {
                return k + 1;
            }
        }

        return end;
    }

    /// <summary>The owner of a noun of saying: "Smith’s claim", "his remarks", "the senator’s angry comments".</summary>
    public SourceMention? Owner(int noun)
    {
        var j = noun - 1;
        if (j >= 0 && IsWord(j) && !IsPossessive(j) && !context.IsCapitalized(j) && !words.Is(j, WordClasses.Possessive))
        {
            j--; // one adjective: "his angry remarks"
        }

        if (j < 0 || !IsWord(j) || _tokens[j].Sentence != _tokens[noun].Sentence)
        {
            return null;
        }

        if (words.Is(j, WordClasses.Possessive) && _lexicons.Possessives.TryGetValue(context.TextOf(j), out var pronounClass))
        {
            return new SourceMention(j, j + 1, MentionKind.Pronoun, PronounType(pronounClass), j);
        }

        if (!IsPossessive(j))
        {
            return null;
        }

        if (context.IsCapitalized(j))
        {
            var first = j;
            while (first - 1 >= 0 && j - first < MaxNameTokens && IsWord(first - 1) && context.IsCapitalized(first - 1)
                && !words.Is(first - 1, WordClasses.NotName) && _tokens[first - 1].Sentence == _tokens[j].Sentence)
            {
                first--;
            }

            return new SourceMention(first, j + 1, MentionKind.Name, NameType(first, j + 1), first);
        }

        return null;
    }

    /// <summary>The phrase after "according to" or "citing": up to the next punctuation but a title's or an initial's
    /// period inside a name ("according to Dennis B. Ross"), at most a few words.</summary>
    public SourceMention? SourceAfter(int start)
    {
        var end = start;
        var last = Math.Min(_tokens.Count, start + MaxNameTokens);
        while (end < last && _tokens[end].Sentence == _tokens[start].Sentence && !(end > start && context.Is(end, "that"))
            && (IsWord(end) || _tokens[end].Kind == TokenKind.Number
                || (end > start && IsAbbreviationDot(end) && end + 1 < last && IsWord(end + 1) && _tokens[end + 1].Sentence == _tokens[start].Sentence)))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        if (Pronoun(start) is { } pronoun && end == start + 1)
        {
            return new SourceMention(start, end, MentionKind.Pronoun, PronounType(pronoun), start);
        }

        var head = end - 1;
        if (context.IsCapitalized(head))
        {
            var nameStart = head;
            while (nameStart > start && (context.IsCapitalized(nameStart - 1) || IsAbbreviationDot(nameStart - 1)))
            {
                nameStart--;
            }

            // "according to a study by the Lund Institute": a document, whose author is the name.
            var type = NamesAnAuthor(start, nameStart) ? SourceType.Document : NameType(nameStart, end);
            return new SourceMention(start, end, MentionKind.Name, type, nameStart);
        }

        return new SourceMention(start, end, MentionKind.Noun, NounType(start, head), head);
    }

    private bool NamesAnAuthor(int start, int nameStart)
    {
        for (var i = start; i + 1 < nameStart; i++)
        {
            if (words.Is(i, WordClasses.Document) && (context.Is(i + 1, "by") || context.Is(i + 1, "from")))
            {
                return true;
            }
        }

        return false;
    }
}
