using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>
/// Finds who said each quote: a cue after it ("“…,” he said", "“…” — Smith"), or before it in the same sentence
/// ("Smith said: “…”", "praised their “excellent training”", "Smith: “…”"); a quote with no cue of its own
/// continues the speaker of the quote before it, in the same sentence or paragraph or as the next paragraph.
/// Windows are bounded, so the whole pass is linear.
/// </summary>
internal sealed class QuoteAttributor(AnnotationContext context, CueFinder cues, SourceFinder sources)
{
    /// <summary>Long enough for "“…,” Jane Doe, director of a center and a professor at a school, said".</summary>
    private const int AfterWindow = 30;
    private const int BeforeWindow = 30;

    private readonly TokenList _tokens = context.Tokens;

    /// <summary>Attribution of a quote spanning tokens [open, last]; null when it continues the previous speaker or has none.</summary>
    public (CueHit Cue, SourceMention Source, string Rule)? Find(int open, int last)
    {
        var closesWithComma = last - 1 > open && _tokens[last - 1].Kind == TokenKind.Punctuation && context.Text[_tokens[last - 1].Start] is ',' or '?' or '!' or '\u2014';
        if (closesWithComma)
        {
            return After(last) ?? Before(open);
        }

        return Before(open) ?? After(last);
    }

    /// <summary>A quote ending in a comma or a question mark whose sentence goes on, within a few words, with a verb of
    /// saying: "…,” the 34-year-old mother of three replied". The quote has its own speaker, found or not; it continues
    /// no one's.</summary>
    public bool HasOwnCue(int open, int last)
    {
        const int MaxTagTokens = 12;
        var start = last + 1;
        if (!(last - 1 > open && IsPunctuation(last - 1, ',', '?', '!')) || start >= _tokens.Count || _tokens[start].Paragraph != _tokens[last].Paragraph)
        {
            return false;
        }

        for (var k = start; k < Math.Min(_tokens.Count, start + MaxTagTokens) && _tokens[k].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Punctuation; k++)
        {
            if (IsPunctuation(k, '.', ',', ';', ':'))
            {
                return false;
            }

            if (cues.MayStartAt(k) && cues.TryCueAtCandidate(k, _tokens.Count, out var cue) && cue.Kind == CueKind.Speech)
            {
                return true;
            }
        }

        return false;
    }

    private (CueHit, SourceMention, string)? After(int last)
    {
        var start = last + 1;
        if (start >= _tokens.Count || _tokens[start].Paragraph != _tokens[last].Paragraph)
        {
            return null;
        }

        // “…” — Smith
        if (IsPunctuation(start, '\u2014', '\u2013', '\u2015', '-') && start + 1 < _tokens.Count && context.IsCapitalized(start + 1)
            && sources.After(start + 1) is { Kind: MentionKind.Name } named)
        {
            return (new CueHit(start, start + 1, CueKind.Speech), named, "attribution.dash");
        }

        // “…?” Smith asked.: the segmenter ends the sentence at the question mark, the attribution does not.
        var sentence = _tokens[start].Sentence;
        var end = Math.Min(_tokens.Count, start + AfterWindow);
        for (var k = start; k < end && _tokens[k].Sentence == sentence; k++)
        {
            if (_tokens[k].Kind == TokenKind.QuoteMark || IsPunctuation(k, ';'))
            {
                break;
            }

            // "…, she said, referring to the bank": the participle is the speaker's, not the quote's attribution.
            if (cues.MayStartAt(k) && cues.TryCueAtCandidate(k, _tokens.Count, out var cue) && cue.Kind is CueKind.Speech or CueKind.Source
                && !(cues.IsParticiple(cue) && IsPunctuation(k - 1, ',')))
            {
                var source = cue.Kind == CueKind.Source ? sources.SourceAfter(cue.End) : sources.Before(k, start) ?? sources.After(cue.End);
                // The attribution follows the quote at once: "…,” he said", "…,” said Smith", "…,” Smith, a …, said";
                // or closes the sentence the quote opened: "“…” to drive up the price, she said".
                var sameSentence = _tokens[start].Sentence == _tokens[last].Sentence;
                if (source is { } found && (Math.Min(found.First, cue.First) <= start + 1 || (sameSentence && InNounPhrase(start, found.First)) || ClosesSentence(found, cue, sameSentence))
                    && (sameSentence || (found.First == start && found.End == cue.First)))
                {
                    return (cue, found, "attribution.after-quote");
                }
            }
        }

        return null;
    }

    /// <summary>", she said." or ", she said," after the quote's own sentence: a pronoun and its verb set off by a comma.</summary>
    private bool ClosesSentence(SourceMention found, CueHit cue, bool sameSentence) =>
        sameSentence && found.Kind == MentionKind.Pronoun && found.End == cue.First && IsPunctuation(found.First - 1, ',')
        && (IsPunctuation(cue.End, ',') || IsPunctuation(cue.End, '.'));

    private (CueHit, SourceMention, string)? Before(int open)
    {
        if (open == 0)
        {
            return null;
        }

        // "Smith said:" ending one paragraph introduces the quote opening the next.
        var sentence = IsPunctuation(open - 1, ':') ? _tokens[open - 1].Sentence : _tokens[open].Sentence;
        var from = Math.Max(0, open - BeforeWindow);
        (CueHit, SourceMention, string)? belief = null;
        for (var k = open - 1; k >= from && _tokens[k].Sentence == sentence; k--)
        {
            if (_tokens[k].Kind == TokenKind.QuoteMark)
            {
                break;
            }

            // A noun of saying owns a quote only right after it: "his remark, “…”", not "his statement was “true.”"
            if (!cues.MayStartAt(k) || !cues.TryCueAtCandidate(k, open, out var cue) || (cue.Kind == CueKind.Noun && open - cue.End > 2))
            {
                continue;
            }

            var sentenceStart = k;
            while (sentenceStart > from && _tokens[sentenceStart - 1].Sentence == sentence)
            {
                sentenceStart--;
            }

            var source = cue.Kind == CueKind.Source
                ? sources.SourceAfter(cue.End)
                : cue.Kind == CueKind.Noun
                    ? sources.Owner(cue.First)
                : cues.IsParticiple(cue)
                    ? sources.SentenceSubject(k)
                    : sources.Before(k, sentenceStart) ?? (cue.End < open ? sources.After(cue.End) : null);
            if (source is { } found && found.End <= open)
            {
                if (Outer(found, sentenceStart) is { } outer)
                {
                    return outer;
                }

                if (cue.Kind is CueKind.Speech or CueKind.Source or CueKind.Noun)
                {
                    return (cue, found, "attribution.before-quote");
                }

                // "She said Smith favors a “strongman approach”": the belief is reported; the quote is hers.
                belief ??= (cue, found, "attribution.before-quote");
            }
        }

        if (belief is not null)
        {
            return belief;
        }

        if (IsPunctuation(open - 1, ':') && ColonSpeaker(open - 1) is { } speaker)
        {
            return (new CueHit(open - 1, open, CueKind.Speech), speaker, "attribution.colon");
        }

        return null;
    }

    /// <summary>
    /// "She said she recalls …", "Ban condemned what he called …": a pronoun source right after another speech cue
    /// reports the same speaker's words; the quote belongs to the outer attribution.
    /// </summary>
    private (CueHit, SourceMention, string)? Outer(SourceMention inner, int sentenceStart)
    {
        if (inner.Kind != MentionKind.Pronoun)
        {
            return null;
        }

        // "He told his doctor on Friday that he was in “good health”": after "that", the outer cue may have an object.
        const int MaxObjectTokens = 5;
        var k = inner.First - 1;
        var clause = k > sentenceStart && (context.Is(k, "that") || context.Is(k, "what"));
        if (clause)
        {
            k--;
        }

        // Only "that" opens reported words; "declined to comment on what they called …" keeps the quote theirs.
        var reported = clause && context.Is(k + 1, "that");
        for (var first = Math.Max(sentenceStart, k - (reported ? MaxObjectTokens + 1 : 2)); first <= k; first++)
        {
            if (cues.TryCueAt(first, k + 1, out var outer) && (outer.End == k + 1 || (reported && OnlyWords(outer.End, k + 1))) && outer.Kind == CueKind.Speech
                && sources.Before(outer.First, sentenceStart) is { } source)
            {
                return (outer, source, "attribution.before-quote.outer");
            }
        }

        return null;
    }

    /// <summary>"Smith: “…”" or "PENCE: …": a name alone before a colon that opens its sentence is the speaker.</summary>
    private SourceMention? ColonSpeaker(int colon)
    {
        if (colon == 0 || !context.IsCapitalized(colon - 1))
        {
            return null;
        }

        var mention = sources.After(SentenceStart(colon));
        return mention is { Kind: MentionKind.Name } m && m.End == colon ? m : null;
    }

    private int SentenceStart(int index)
    {
        var sentence = _tokens[index].Sentence;
        var from = Math.Max(0, index - BeforeWindow);
        while (index > from && _tokens[index - 1].Sentence == sentence)
        {
            index--;
        }

        return index;
    }

    private bool OnlyWords(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tokens [<paramref name="from"/>, <paramref name="to"/>) may all lie in one noun phrase: words, periods
    /// written against a word and amounts of money ("…,” Oregon Rep. Dana Hill’s aide said", "…,” Pay for $20 director
    /// Kendall Fells said"). A bare number may open a clause of its own: "…,” while 73 percent said".</summary>
    private bool InNounPhrase(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var money = IsCurrency(i) || (_tokens[i].Kind == TokenKind.Number && i > from && IsCurrency(i - 1));
            if (_tokens[i].Kind != TokenKind.Word && !context.IsAttachedPeriod(i) && !money)
            {
                return false;
            }
        }

        return true;
    }

    private bool IsCurrency(int index) => IsPunctuation(index, '$', '\u20AC', '\u00A3');

    private bool IsPunctuation(int index, params ReadOnlySpan<char> marks) =>
        _tokens[index].Kind == TokenKind.Punctuation && marks.Contains(context.Text[_tokens[index].Start]);
}
