using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>
/// Finds the source phrase next to a cue: its subject on the left ("Kremlin spokesman Dmitry Peskov said",
/// "Smith, a professor at X, said", "One source told") or the phrase after it ("said Smith", "according to
/// the report"). Every search walks a bounded number of tokens.
/// </summary>
internal sealed class SourceFinder(AnnotationContext context)
{
    private const int MaxNameTokens = 10;
    private const int MaxNounTokens = 6;
    private const int MaxAppositionTokens = 25;
    private const int MaxBetweenTokens = 3;

    private readonly AttributionLexicons _lexicons = AttributionLexicons.Default;
    private readonly IReadOnlyList<Token> _tokens = context.Tokens;

    /// <summary>The subject ending just before token <paramref name="cue"/>, not reaching before <paramref name="limit"/>.</summary>
    public SourceMention? Before(int cue, int limit)
    {
        var sentence = _tokens[cue].Sentence;
        limit = Math.Max(limit, 0);
        var j = cue - 1;
        for (var skipped = 0; j >= limit && skipped < MaxBetweenTokens && IsWord(j) && _lexicons.Between.Contains(context.TextOf(j)); skipped++)
        {
            j--;
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

        if (IsComma(j) || IsPunctuation(j, '\u2014') || IsPunctuation(j, '\u2013') || IsPunctuation(j, '-'))
        {
            return Apposition(j, limit);
        }

        return EndingAt(j, limit);
    }

    /// <summary>A source phrase starting at token <paramref name="start"/>: "Smith", "the source", "Sen. Jane Doe".</summary>
    public SourceMention? After(int start)
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

        var opener = context.TextOf(start);
        if (!(context.IsCapitalized(start) && !_lexicons.NotNames.Contains(opener) || context.Is(start, "the")) && !_lexicons.Determiners.Contains(opener)
            && !_lexicons.Roles.Contains(opener) && !IsNounHead(start))
        {
            return null;
        }

        // Take words up to punctuation, a preposition or a verb-like cue, then trim back to the last name or noun:
        // "said the farmer Ruth Hale", "said Smith on Monday", "said a senior official".
        var end = start;
        var nameStart = -1;
        var last = Math.Min(_tokens.Count, start + MaxNameTokens);
        while (end < last && _tokens[end].Sentence == sentence && (IsWord(end) || IsAbbreviationDot(end))
            && (end == start || !_lexicons.NotNames.Contains(context.TextOf(end)))
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
            return null;
        }

        return nameStart >= 0 && nameStart < end
            ? new SourceMention(start, end, MentionKind.Name, NameType(nameStart, end), nameStart)
            : new SourceMention(start, end, MentionKind.Noun, NounType(start, end - 1), end - 1);
    }

    /// <summary>The first person or organisation named in the sentence before <paramref name="cue"/>: who "saying" belongs to.</summary>
    public SourceMention? SentenceSubject(int cue)
    {
        var sentence = _tokens[cue].Sentence;
        var from = Math.Max(0, cue - MaxAppositionTokens);
        var i = cue - 1;
        while (i > from && _tokens[i - 1].Sentence == sentence)
        {
            i--;
        }

        for (; i < cue; i++)
        {
            if (!IsWord(i))
            {
                continue;
            }

            if (Pronoun(i) is { } pronoun && pronoun is "person" or "group" or "thing")
            {
                return new SourceMention(i, i + 1, MentionKind.Pronoun, PronounType(pronoun), i);
            }

            if (context.IsCapitalized(i) && !_lexicons.NotNames.Contains(context.TextOf(i)))
            {
                var end = i;
                while (end < cue && IsWord(end) && (context.IsCapitalized(end) || _lexicons.Roles.Contains(context.TextOf(end))))
                {
                    end++;
                }

                return EndingAt(end - 1, i);
            }
        }

        return null;
    }

    /// <summary>"the report released last year found", "Smith on Tuesday said": a time phrase between source and cue.</summary>
    private int SkipTimePhrase(int j, int limit)
    {
        const int MaxTimeTokens = 4;
        var k = j;
        while (k >= limit && j - k < MaxTimeTokens
            && (_tokens[k].Kind == TokenKind.Number || (_tokens[k].Kind == TokenKind.Word && _lexicons.TimeWords.Contains(context.TextOf(k)))))
        {
            k--;
        }

        // Skip only when a word is left before the time phrase: "May said" and "Theresa May said" keep their subject.
        var partOfName = context.IsCapitalized(j) && k >= limit && context.IsCapitalized(k);
        return k < j && k >= limit && IsWord(k) && !partOfName ? k : j;
    }

    /// <summary>"Sen. Jane Doe (D-Wis.) said": the bracket qualifies the name before it, so the search goes on before it.</summary>
    private int SkipBracket(int j, int limit)
    {
        if (j < limit || !IsPunctuation(j, ')'))
        {
            return j;
        }

        var opening = j - 1;
        while (opening > limit && j - opening < MaxNameTokens && !IsPunctuation(opening, '('))
        {
            opening--;
        }

        return IsPunctuation(opening, '(') ? opening - 1 : limit - 1;
    }

    /// <summary>The owner of a noun of saying: "Smith’s claim", "his remarks", "the senator’s angry comments".</summary>
    public SourceMention? Owner(int noun)
    {
        var j = noun - 1;
        if (j >= 0 && IsWord(j) && !IsPossessive(j) && !context.IsCapitalized(j) && _lexicons.Possessives.TryGetValue(context.TextOf(j), out _) is false)
        {
            j--; // one adjective: "his angry remarks"
        }

        if (j < 0 || !IsWord(j) || _tokens[j].Sentence != _tokens[noun].Sentence)
        {
            return null;
        }

        if (_lexicons.Possessives.TryGetValue(context.TextOf(j), out var pronounClass))
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
                && !_lexicons.NotNames.Contains(context.TextOf(first - 1)) && _tokens[first - 1].Sentence == _tokens[j].Sentence)
            {
                first--;
            }

            return new SourceMention(first, j + 1, MentionKind.Name, NameType(first, j + 1), first);
        }

        return null;
    }

    /// <summary>The phrase after "according to" or "citing": up to the next punctuation, at most a few words.</summary>
    public SourceMention? SourceAfter(int start)
    {
        var end = start;
        var last = Math.Min(_tokens.Count, start + MaxNameTokens);
        while (end < last && (IsWord(end) || _tokens[end].Kind == TokenKind.Number) && _tokens[end].Sentence == _tokens[start].Sentence
            && !(end > start && context.Is(end, "that")))
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
            while (nameStart > start && context.IsCapitalized(nameStart - 1))
            {
                nameStart--;
            }

            return new SourceMention(start, end, MentionKind.Name, NameType(nameStart, end), nameStart);
        }

        return new SourceMention(start, end, MentionKind.Noun, NounType(start, head), head);
    }

    /// <summary>"Smith, a professor at X, said": walk back over the apposition to the name before its comma.</summary>
    private SourceMention? Apposition(int comma, int limit)
    {
        var sentence = _tokens[comma].Sentence;
        var from = Math.Max(limit, comma - MaxAppositionTokens);
        var k0 = comma - 1;
        while (k0 > from && IsPunctuation(k0, context.Text[_tokens[comma].Start]))
        {
            k0--;
        }

        for (var k = k0; k > from && _tokens[k].Sentence == sentence; k--)
        {
            if (_tokens[k].Kind == TokenKind.QuoteMark)
            {
                return null;
            }

            if (_tokens[k].Kind == TokenKind.Punctuation && context.Text[_tokens[k].Start] == context.Text[_tokens[comma].Start])
            {
                var before = k - 1;
                while (before > from && IsPunctuation(before, context.Text[_tokens[comma].Start]))
                {
                    before--; // "--" is two hyphens
                }

                var mention = EndingAt(SkipBracket(before, limit), limit);
                return mention is { Kind: not MentionKind.Pronoun } ? mention : null;
            }
        }

        return null;
    }

    /// <summary>The source phrase whose last token is <paramref name="last"/>.</summary>
    private SourceMention? EndingAt(int last, int limit)
    {
        if (last < limit || !IsWord(last))
        {
            return null;
        }

        if (Pronoun(last) is { } pronoun)
        {
            return new SourceMention(last, last + 1, MentionKind.Pronoun, PronounType(pronoun), last);
        }

        if (IsNounHead(last) && !(context.IsCapitalized(last) && _lexicons.Organisations.Contains(context.TextOf(last))))
        {
            return Noun(last, limit);
        }

        if (context.IsCapitalized(last))
        {
            return !IsPossessive(last) && !IsContraction(last) && !_lexicons.NotNames.Contains(context.TextOf(last)) ? Name(last, limit) : null;
        }

        return DeterminedNoun(last, limit);
    }

    private SourceMention? Name(int last, int limit)
    {
        var sentence = _tokens[last].Sentence;
        var first = last;
        var from = Math.Max(limit, last - MaxNameTokens);
        while (first - 1 >= from && _tokens[first - 1].Sentence == sentence)
        {
            var previous = first - 1;
            if (IsAbbreviationDot(previous))
            {
                // "Mr. Smith", "Sen. Doe", "Jane E. Doe": the title's or the initial's period.
                first = previous - 1;
                continue;
            }

            if (!IsWord(previous))
            {
                break;
            }

            var word = context.TextOf(previous);
            if (context.IsCapitalized(previous) && !_lexicons.NotNames.Contains(word))
            {
                first = previous;
            }
            else if (_lexicons.Roles.Contains(word) || IsNameConnector(previous, from))
            {
                first = previous;
            }
            else if (_lexicons.Determiners.Contains(word) && !context.IsCapitalized(first))
            {
                first = previous;
                break;
            }
            else
            {
                break;
            }
        }

        // The name proper is the run of capitalised words after the last title or role: "… spokesperson Maria Zakharova".
        var nameStart = last;
        while (nameStart - 1 >= first && IsWord(nameStart - 1) && context.IsCapitalized(nameStart - 1) && !_lexicons.Roles.Contains(context.TextOf(nameStart - 1)))
        {
            nameStart--;
        }

        if (nameStart > first && IsNameConnector(nameStart - 1, first))
        {
            // "Institute for the Study of War": connectors inside a name keep it whole.
            nameStart = first;
        }

        return new SourceMention(first, last + 1, MentionKind.Name, NameType(nameStart, last + 1), nameStart);
    }

    /// <summary>"of", "for", "the" between capitalised words of one name: "Institute for the Study of War".</summary>
    private bool IsNameConnector(int index, int from)
    {
        const int MaxConnectors = 2;
        if (index - 1 < from || index + 1 >= _tokens.Count || !IsConnector(index))
        {
            return false;
        }

        var left = index - 1;
        while (left > from && index - left <= MaxConnectors && IsConnector(left))
        {
            left--;
        }

        var right = index + 1;
        while (right + 1 < _tokens.Count && right - index <= MaxConnectors && IsConnector(right))
        {
            right++;
        }

        return context.IsCapitalized(left) && context.IsCapitalized(right);
    }

    private bool IsConnector(int index) => context.TextOf(index) is "of" or "for" or "the" or "and" or "on";

    private bool IsAbbreviationDot(int index) =>
        index >= 1 && _tokens[index].Kind == TokenKind.Punctuation && context.Text[_tokens[index].Start] == '.' && !_tokens[index].SpaceBefore
        && (_lexicons.Roles.Contains(context.TextOf(index - 1)) || context.TextOf(index - 1) is [var initial] && char.IsUpper(initial));

    private SourceMention Noun(int head, int limit)
    {
        var sentence = _tokens[head].Sentence;
        var first = head;
        var determined = false;
        var from = Math.Max(limit, head - MaxNounTokens);
        while (first - 1 >= from && _tokens[first - 1].Sentence == sentence && IsWord(first - 1))
        {
            var word = context.TextOf(first - 1);
            if (_lexicons.Determiners.Contains(word))
            {
                first--;
                determined = true;
                break;
            }

            if (Pronoun(first - 1) is not null || _lexicons.Between.Contains(word) || _lexicons.NotNames.Contains(word)
                || _lexicons.Cues.TryMatch(context.Text, _tokens, first - 1, head, out _))
            {
                break;
            }

            first--;
        }

        if (!determined)
        {
            // Without a determiner only names qualify the noun: "White House officials", not "capture Russian nurse".
            first = head;
            while (first - 1 >= from && _tokens[first - 1].Sentence == sentence && IsWord(first - 1) && context.IsCapitalized(first - 1)
                && !_lexicons.NotNames.Contains(context.TextOf(first - 1)))
            {
                first--;
            }
        }

        if (_tokens[first].Kind == TokenKind.Number && first - 1 >= from && _lexicons.Determiners.Contains(context.TextOf(first - 1)))
        {
            first--;
        }

        return new SourceMention(first, head + 1, MentionKind.Noun, NounType(first, head), head);
    }

    /// <summary>"the bank said", "several cast members said": an unknown noun counts when a determiner opens its phrase.</summary>
    private SourceMention? DeterminedNoun(int head, int limit)
    {
        var word = context.TextOf(head);
        if (_lexicons.Determiners.Contains(word) || _lexicons.Between.Contains(word) || _lexicons.Cues.TryMatch(context.Text, _tokens, head, out _)
            || word.EndsWith("ly", StringComparison.Ordinal) || IsPossessive(head))
        {
            return null;
        }

        var from = Math.Max(limit, head - MaxNounTokens);
        for (var k = head - 1; k >= from && IsWord(k) && Pronoun(k) is null; k--)
        {
            if (_lexicons.Determiners.Contains(context.TextOf(k)) && !context.Is(k, "that"))
            {
                return new SourceMention(k, head + 1, MentionKind.Noun, SourceType.Unspecified, head);
            }
        }

        return null;
    }

    public SourceType NameType(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var word = context.TextOf(i);
            if (_lexicons.Organisations.Contains(word) || IsAcronym(word))
            {
                return SourceType.Organization;
            }
        }

        return SourceType.Person;
    }

    private SourceType NounType(int first, int head)
    {
        var word = context.TextOf(head);
        if (_lexicons.Documents.Contains(word))
        {
            return SourceType.Document;
        }

        if (_lexicons.Groups.Contains(word))
        {
            return SourceType.Organization;
        }

        if (_lexicons.Anonymous.Contains(word))
        {
            // "Smith campaign officials" names whose officials they are, but not who speaks: still anonymous.
            return SourceType.Anonymous;
        }

        if (_lexicons.Roles.Contains(word))
        {
            return SourceType.Person;
        }

        return first < head && context.IsCapitalized(first) ? SourceType.Organization : SourceType.Person;
    }

    public static SourceType PronounType(string pronounClass) => pronounClass switch
    {
        "person" => SourceType.Person,
        "thing" => SourceType.Organization,
        _ => SourceType.Unspecified,
    };

    public string? Pronoun(int index) =>
        _tokens[index].Kind == TokenKind.Word && _lexicons.Pronouns.TryGetValue(context.TextOf(index), out var pronounClass) ? pronounClass : null;

    private bool IsNounHead(int index)
    {
        var word = context.TextOf(index);
        return _lexicons.Anonymous.Contains(word) || _lexicons.Documents.Contains(word) || _lexicons.Groups.Contains(word)
            || (_lexicons.Roles.Contains(word) && !context.IsCapitalized(index));
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsNameParticle(int index) => context.TextOf(index) is "de" or "van" or "von" or "bin" or "al" or "da" or "del" or "la" or "le";

    private bool IsPossessive(int index) => context.TextOf(index) is [.., '\'' or '\u2019', 's' or 'S'] or [.., 's', '\'' or '\u2019'];

    /// <summary>"You’re", "We’ll": a pronoun and a verb in one word, not a name.</summary>
    private bool IsContraction(int index) =>
        context.TextOf(index) is [.., '\'' or '\u2019', 'r', 'e'] or [.., '\'' or '\u2019', 'l', 'l'] or [.., '\'' or '\u2019', 'v', 'e']
            or [.., '\'' or '\u2019', 'm'] or [.., '\'' or '\u2019', 'd'];

    private bool IsWord(int index) => _tokens[index].Kind == TokenKind.Word || (_tokens[index].Kind == TokenKind.Number && index + 1 < _tokens.Count && _tokens[index + 1].Kind == TokenKind.Word);

    private bool IsPunctuation(int index, char mark) =>
        index >= 0 && index < _tokens.Count && _tokens[index].Kind == TokenKind.Punctuation && context.Text[_tokens[index].Start] == mark;

    private bool IsComma(int index) => _tokens[index].Kind == TokenKind.Punctuation && context.Text[_tokens[index].Start] == ',';
}
