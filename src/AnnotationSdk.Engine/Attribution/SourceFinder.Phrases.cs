using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>The phrase shapes a source takes: names with titles, noun phrases, appositions, brackets, time phrases.</summary>
internal sealed partial class SourceFinder
{
    /// <summary>"the report released last year found", "Smith on Tuesday said": a time phrase between source and cue.</summary>
    private int SkipTimePhrase(int j, int limit)
    {
        const int MaxTimeTokens = 4;
        var k = j;
        while (k >= limit && j - k < MaxTimeTokens
            && (_tokens[k].Kind == TokenKind.Number || (_tokens[k].Kind == TokenKind.Word && words.Is(k, WordClasses.TimeWord))))
        {
            k--;
        }

        // Skip only when a word is left before the time phrase: "May said" and "Theresa May said" keep their subject,
        // "Smith on Tuesday said" does not. Adverbs before the time phrase go too: "the bank just this month announced".
        var partOfName = context.IsCapitalized(k + 1) && k >= limit && context.IsCapitalized(k);
        if (k >= j || k < limit || !IsWord(k) || partOfName)
        {
            return j;
        }

        for (var skipped = 0; k > limit && skipped < MaxBetweenTokens && words.Is(k, WordClasses.Between) && IsWord(k - 1); skipped++)
        {
            k--;
        }

        return k;
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

        // The first segment's phrase when it is only a place or a preposition's object: kept when no segment before it names anyone.
        SourceMention? first = null;
        // "a woman in Worcester, Massachusetts, told": the comma before the cue may only close a place.
        SourceMention? placeBeforeCue = null;
        var segmentEnd = comma;
        for (var k = k0; k > from && _tokens[k].Sentence == sentence && !(_tokens[k].Kind == TokenKind.QuoteMark && !IsPluralApostrophe(k)); k--)
        {
            if (_tokens[k].Kind != TokenKind.Punctuation || context.Text[_tokens[k].Start] != context.Text[_tokens[comma].Start])
            {
                continue;
            }

            if (IsPlaceSegment(k, segmentEnd, limit))
            {
                placeBeforeCue ??= segmentEnd == comma ? EndingAt(k - 1, limit) : null;
                continue;
            }

            segmentEnd = k;
            var before = k - 1;
            while (before > from && IsPunctuation(before, context.Text[_tokens[comma].Start]))
            {
                before--; // "--" is two hyphens
            }

            // "Jo Roe, 59, of Ames, Iowa, who …, said", "Clinton, at a rally in Columbus, said": a segment that names
            // no one, or only a place, sends the walk to the comma before it; a state after a place ("Ames, Iowa")
            // is no segment of its own.
            if (EndingAt(SkipBracket(before, limit), limit) is { Kind: not MentionKind.Pronoun } mention)
            {
                if (!IsPlaceSegment(mention.First - 1, mention.End, limit) && SubjectOf(mention, limit, inApposition: true) is { } source
                    && !IsHometown(source))
                {
                    return source.Kind == MentionKind.Noun ? NameBefore(source, limit) ?? DescribedName(source, k, k0, limit) ?? source : source;
                }

                first ??= mention;
            }
        }

        return first ?? (placeBeforeCue is { } place && SubjectOf(place, limit) is { } subject
            ? subject with { End = subject.End == place.End ? comma : subject.End }
            : null);
    }

    /// <summary>"Jo Roe, 59, of Ames": in an apposition, a name after "of" says where someone is from.</summary>
    private bool IsHometown(SourceMention mention) =>
        mention.Kind == MentionKind.Name && mention.First > 0 && context.Is(mention.First - 1, "of");

    /// <summary>"Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano, said": a
    /// description set off by a comma describes the name before it, which is the source.</summary>
    private SourceMention? NameBefore(SourceMention description, int limit)
    {
        var opening = description.First - 1;
        while (opening > limit && description.First - opening <= MaxAppositionTokens && IsWord(opening))
        {
            opening--;
        }

        return opening - 1 >= limit && IsComma(opening) && _tokens[opening].Sentence == _tokens[description.First].Sentence
            && EndingAt(opening - 1, limit) is { Kind: MentionKind.Name } name
            && !FollowsPreposition(name) && !IsHometown(name)
                ? name
                : null;
    }

    /// <summary>"His former partner, Lawrence B. Cummings, called", "the head of the port, Ruth Hale, told": a person's name
    /// alone after the comma at <paramref name="opening"/>, ending at <paramref name="last"/> before the cue's comma, names
    /// whom the description before it describes; the source is both, and the speaker the name. A single word may name an
    /// organisation instead ("a spokeswoman for one of the carriers, Skyvale, said").</summary>
    private SourceMention? DescribedName(SourceMention description, int opening, int last, int limit) =>
        last > opening && EndingAt(last, limit) is { Kind: MentionKind.Name, Type: SourceType.Person } name
            && name.First == opening + 1 && WordsAfter(name.NameStart, name.End - 1) >= 1
                ? name with { First = description.First }
                : null;

    /// <summary>"veterans' families": a single mark glued to a plural is its possessive, not a quote.</summary>
    private bool IsPluralApostrophe(int index) =>
        index > 0 && !_tokens[index].SpaceBefore && context.Text[_tokens[index].Start] is '\'' or '\u2019' && _tokens[index].Length == 1
        && _tokens[index - 1].Kind == TokenKind.Word && context.TextOf(index - 1) is [.., 's' or 'S'];

    /// <summary>The source phrase whose last token is <paramref name="last"/>.</summary>
    private SourceMention? EndingAt(int last, int limit)
    {
        if (last < limit || !IsWord(last))
        {
            return null;
        }

        if (PronounOrContraction(last) is { } pronoun)
        {
            return new SourceMention(last, last + 1, MentionKind.Pronoun, PronounType(pronoun), last);
        }

        if (IsNounHead(last) && !(context.IsCapitalized(last) && words.Is(last, WordClasses.Organisation)))
        {
            return Noun(last, limit);
        }

        if (context.IsCapitalized(last))
        {
            return !IsPossessive(last) && !IsContraction(last) && !words.Is(last, WordClasses.NotName) ? Name(last, limit) : null;
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

            if (context.IsCapitalized(previous) && !words.Is(previous, WordClasses.NotName))
            {
                first = previous;
            }
            else if (words.Is(previous, WordClasses.Role) || IsNameConnector(previous, from))
            {
                first = previous;
            }
            else if (words.Is(previous, WordClasses.Determiner) && !context.IsCapitalized(first))
            {
                first = previous;
                break;
            }
            else
            {
                break;
            }
        }

        // The name proper is the run of capitalised words after the last title or role: "… spokesperson Maria Zakharova",
        // initials and their periods included: "Sen. Paula K. Oduya".
        var nameStart = last;
        while (nameStart - 1 >= first && ((IsWord(nameStart - 1) && context.IsCapitalized(nameStart - 1) && !words.Is(nameStart - 1, WordClasses.Role))
            || (IsAbbreviationDot(nameStart - 1) && !words.Is(nameStart - 2, WordClasses.Role))))
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
        if (index - 1 < from || index + 1 >= _tokens.Count || !context.IsConnectorWord(index))
        {
            return false;
        }

        var left = index - 1;
        while (left > from && index - left <= MaxConnectors && context.IsConnectorWord(left))
        {
            left--;
        }

        var right = index + 1;
        while (right + 1 < _tokens.Count && right - index <= MaxConnectors && context.IsConnectorWord(right))
        {
            right++;
        }

        return context.IsCapitalized(left) && context.IsCapitalized(right);
    }

    private bool IsAbbreviationDot(int index) =>
        context.IsInitialPeriod(index) || (context.IsAttachedPeriod(index) && words.Is(index - 1, WordClasses.Role));

    private SourceMention Noun(int head, int limit)
    {
        var sentence = _tokens[head].Sentence;
        var first = head;
        var determined = false;
        var from = Math.Max(limit, head - MaxNounTokens);
        while (first - 1 >= from && _tokens[first - 1].Sentence == sentence && IsWord(first - 1))
        {
            if (words.Is(first - 1, WordClasses.Determiner))
            {
                first--;
                determined = true;
                break;
            }

            if (Pronoun(first - 1) is not null || words.Is(first - 1, WordClasses.Between | WordClasses.NotName)
                || _lexicons.Cues.TryMatch(context.Text, _tokens, first - 1, head, out _))
            {
                break;
            }

            first--;
        }

        if (!determined)
        {
            // Without a determiner only names qualify the noun: "White House officials", not "capture Russian nurse";
            // or a name's possessive before its modifiers: "Carter's press secretary".
            first = OwnerStart(head, from) ?? head;
            while (first - 1 >= from && _tokens[first - 1].Sentence == sentence && IsWord(first - 1) && context.IsCapitalized(first - 1)
                && !words.Is(first - 1, WordClasses.NotName))
            {
                first--;
            }
        }

        if (_tokens[first].Kind == TokenKind.Number && first - 1 >= from && words.Is(first - 1, WordClasses.Determiner))
        {
            first--;
        }

        return new SourceMention(first, head + 1, MentionKind.Noun, NounType(first, head), head);
    }

    /// <summary>"Carter's press secretary", "Ruth Hale's defense lawyer": a name's possessive, then at most two lower-case
    /// modifiers before <paramref name="head"/>; the possessive's token, else null.</summary>
    private int? OwnerStart(int head, int from)
    {
        const int MaxModifiers = 2;
        var sentence = _tokens[head].Sentence;
        var k = head - 1;
        for (var modifiers = 0; k >= from && IsWord(k) && _tokens[k].Sentence == sentence && !IsPossessive(k); k--, modifiers++)
        {
            if (modifiers == MaxModifiers || context.IsCapitalized(k) || Pronoun(k) is not null
                || words.Is(k, WordClasses.Determiner | WordClasses.Preposition | WordClasses.Auxiliary | WordClasses.Between | WordClasses.NotName)
                || _lexicons.Cues.TryMatch(context.Text, _tokens, k, head, out _))
            {
                return null;
            }
        }

        return k < head - 1 && k >= from && IsWord(k) && _tokens[k].Sentence == sentence && IsPossessive(k) && context.IsCapitalized(k) ? k : null;
    }

    /// <summary>
    /// "half said", "six in 10 said", "all but two said", "at least 2,000 said": a count of people opening its clause is
    /// the subject. A number after a month or a preposition is a date ("on May 5 said"), not a count.
    /// </summary>
    private SourceMention? Quantity(int last, int limit)
    {
        const int MaxTokens = 5;
        if (last < limit || !IsCount(last))
        {
            return null;
        }

        var sentence = _tokens[last].Sentence;
        var from = Math.Max(limit, last - MaxTokens);
        var first = last;
        while (first - 1 >= from && _tokens[first - 1].Sentence == sentence
            && (IsCount(first - 1) || words.Is(first - 1, WordClasses.CountQualifier)))
        {
            first--;
        }

        // The clause opens before the qualifiers ("More than 4 in 10 said", "Nearly half said"); the count starts after them.
        var start = first;
        while (first < last && !IsCount(first))
        {
            first++;
        }

        var opensClause = start == 0 || _tokens[start - 1].Sentence != sentence || start <= limit
            || (_tokens[start - 1].Kind == TokenKind.Punctuation && context.Text[_tokens[start - 1].Start] is ',' or ';' or ':' or '\u2014' or '(')
            || words.Is(start - 1, WordClasses.ClauseOpener);
        return opensClause ? new SourceMention(first, last + 1, MentionKind.Noun, SourceType.Anonymous, last) : null;
    }

    /// <summary>A number that counts (not a year such as 2016), or a counting word.</summary>
    private bool IsCount(int index)
    {
        if (_tokens[index].Kind == TokenKind.Number)
        {
            var text = context.TextOf(index);
            return !(text.Length == 4 && text[0] is '1' or '2' && char.IsDigit(text[1]));
        }

        return _tokens[index].Kind == TokenKind.Word && words.Is(index, WordClasses.Quantity);
    }

    /// <summary>"…,” said the woman, who …", "Asked why, the engineer said": a determiner and a few words up to punctuation, "who", a cue
    /// or, when <paramref name="withOfPhrase"/>, a phrase saying whose they are ("said a member of the committee").</summary>
    private SourceMention? DeterminedPhraseAfter(int start, bool withOfPhrase)
    {
        const int MaxWords = 2;
        if (!words.Is(start, WordClasses.Determiner) || context.Is(start, "that") || context.Is(start, "this"))
        {
            return null;
        }

        var sentence = _tokens[start].Sentence;
        var aged = HyphenatedNumberEnd(start + 1);
        var end = aged;
        var last = Math.Min(_tokens.Count, aged + MaxWords);
        while (end < last && _tokens[end].Kind == TokenKind.Word && _tokens[end].Sentence == sentence && Pronoun(end) is null
            && !words.Is(end, WordClasses.NotName) && !_lexicons.Cues.TryMatch(context.Text, _tokens, end, out _))
        {
            end++;
        }

        if (end == start + 1 || end >= _tokens.Count)
        {
            return null;
        }

        // "said the 46-year-old": someone's age stands for them.
        var type = (end == aged && context.TextOf(aged - 1).EndsWith("-old", StringComparison.OrdinalIgnoreCase)) || words.Is(end - 1, WordClasses.Role)
            ? SourceType.Person
            : SourceType.Unspecified;
        var closes = (_tokens[end].Kind == TokenKind.Punctuation && context.Text[_tokens[end].Start] is ',' or '.' or ';')
            || Pronoun(end) == "relative" || _lexicons.Cues.TryMatch(context.Text, _tokens, end, out _)
            || (withOfPhrase && OfPhraseAfter(end) is not null);
        return closes ? new SourceMention(start, end, MentionKind.Noun, type, end - 1) : null;
    }

    /// <summary>"46-year-old", "30-year": a number joined by a hyphen to the word after it reads as one word; the token
    /// after it, else <paramref name="index"/>.</summary>
    private int HyphenatedNumberEnd(int index) =>
        index + 2 < _tokens.Count && _tokens[index].Kind == TokenKind.Number && IsPunctuation(index + 1, '-') && !_tokens[index + 1].SpaceBefore
        && _tokens[index + 2].Kind == TokenKind.Word && !_tokens[index + 2].SpaceBefore
            ? index + 3
            : index;

    /// <summary>"the bank said", "several cast members said": an unknown noun counts when a determiner opens its phrase.</summary>
    private SourceMention? DeterminedNoun(int head, int limit)
    {
        var word = context.TextOf(head);
        // "-ly" is an adverb ("the company recently said"), unless a determiner owns it ("the family said") or it is no
        // adverb ("a Clinton ally said").
        var adverb = word.EndsWith("ly", StringComparison.Ordinal) && !words.Is(head, WordClasses.NotAdverb)
            && !(head > limit && words.Is(head - 1, WordClasses.Determiner));
        if (words.Is(head, WordClasses.Determiner | WordClasses.Between | WordClasses.NotName | WordClasses.Auxiliary)
            || _lexicons.Cues.TryMatch(context.Text, _tokens, head, out _) || adverb || IsPossessive(head))
        {
            return null;
        }

        var from = Math.Max(limit, head - MaxNounTokens);
        // An auxiliary ends the walk: "the journalist had not been called on" names no source.
        for (var k = head - 1; k >= from && IsWord(k) && Pronoun(k) is null && !words.Is(k, WordClasses.Auxiliary); k--)
        {
            if (words.Is(k, WordClasses.Determiner) && !context.Is(k, "that"))
            {
                return new SourceMention(k, head + 1, MentionKind.Noun, SourceType.Unspecified, head);
            }

            if (IsPossessive(k) && context.IsCapitalized(k))
            {
                // "Ohio’s tax commissioner says": the owner's name opens the phrase.
                var first = k;
                while (first - 1 >= from && IsWord(first - 1) && context.IsCapitalized(first - 1) && !words.Is(first - 1, WordClasses.NotName))
                {
                    first--;
                }

                return new SourceMention(first, head + 1, MentionKind.Noun, SourceType.Unspecified, head);
            }

            if (k - 2 >= from && HyphenatedNumberEnd(k - 2) == k + 1)
            {
                k -= 2; // "the 34-year-old mother of three replied": an age reads as one word
            }
        }

        return null;
    }
}
