using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>
/// Reported speech without quote marks: "Peskov said (that) the government had no idea", "according to X, …",
/// "…, sources said." A cue counts only with a source next to it; the content is the clause the cue governs
/// (after the cue, or the sentence before a closing "X said"). One pass over the tokens, bounded look-around.
/// </summary>
internal sealed partial class IndirectSpeechFinder(AnnotationContext context, CueFinder cues, SourceFinder sources, TokenWordClasses words)
{
    /// <summary>Words that can come between "told" and its clause: "told reporters that", "told the outlet that".</summary>
    private const int MaxObjectTokens = 4;

    /// <summary>The same after "to", whose hearer is often a titled name: "reported to President Anna Berg that".</summary>
    private const int MaxHearerTokens = 6;

    private const int MinContentTokens = 3;

    /// <summary>
    /// The longest report kept. A report may run to its sentence's end, and in a "sentence" of megabytes with no period
    /// every report did, so the reports' text grew with the square of the input. The longest the 12 MB news corpus
    /// gives is a list of 146 names, about 290 tokens.
    /// </summary>
    private const int MaxContentTokens = 400;

    private readonly TokenList _tokens = context.Tokens;

    // Where Find has got to: the first quote not ending before the current token, and the end of the last reported content.
    private int _nextQuote;
    private int _reportedUntil = -1;

    /// <summary>Adds an attribution with an indirect quote for every cue not already used by a quote.</summary>
    public void Find(Dictionary<int, PendingAttribution> attributions, List<TextSpan> quoted)
    {
        // Spans, not lists: this loop reads every token.
        var tokens = _tokens.AsSpan();
        var filterKeys = _tokens.FilterKeys;
        var cueWords = AttributionLexicons.Default.Cues;
        var sentences = context.SentenceSpan;
        var cancellation = context.CancellationToken;
        var sentenceStart = 0;
        var i = 0;
        while (i < tokens.Length)
        {
            cancellation.ThrowIfCancellationRequested();

            // After a rule has read past a sentence's first token, sentenceStart stays where it was: the rules were
            // written against a walk that noticed a new sentence only at a token it visited.
            var sentence = sentences[tokens[i].Sentence];
            if (i == sentence.FirstToken)
            {
                sentenceStart = i;
            }

            // Each rule starts at a word: a capitalised one opening a paragraph, "In" opening a sentence, or a cue's
            // first word. A paragraph starts with a sentence, so a paragraph's first word is its sentence's first or
            // second token (after an opening quote mark); past those, only a cue can start.
            var opening = Math.Min(sentence.EndToken, sentence.FirstToken + 2);
            for (; i < opening; i++)
            {
                ref readonly var token = ref tokens[i];
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                var colonSpeaker = StartsParagraph(tokens, i) && token.Capitalized;
                var mayCue = cueWords.MayStartAt(filterKeys, i);
                if (colonSpeaker || mayCue || i == sentenceStart)
                {
                    i = FindAt(i, sentenceStart, colonSpeaker, mayCue, InsideQuote(token.Start, quoted), attributions);
                }
            }

            while ((i = NextMayCue(filterKeys, cueWords, i, sentence.EndToken)) < sentence.EndToken)
            {
                if (tokens[i].Kind != TokenKind.Word)
                {
                    i++; // the filter reads no token kinds; a number or a mark it lets through starts no cue
                }
                else if (InsideQuote(tokens[i].Start, quoted))
                {
                    // No cue starts inside a quote: the scan goes on after it.
                    i = FirstStartingAt(tokens, i, sentence.EndToken, quoted[_nextQuote].End);
                }
                else
                {
                    i = FindAt(i, sentenceStart, colonSpeaker: false, mayCue: true, insideQuote: false, attributions) + 1;
                }
            }
        }
    }

    /// <summary>The first token from <paramref name="from"/> on, before <paramref name="end"/>, that may start a cue;
    /// <paramref name="end"/> when none does (<paramref name="from"/> when that is past it). Nine words in ten start
    /// none: kept out of <see cref="Find"/>, this loop has its few variables in registers.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int NextMayCue(ReadOnlySpan<uint> filterKeys, Lexicons.PhraseMatcher<CueKind> cueWords, int from, int end)
    {
        for (; from < end; from++)
        {
            if (cueWords.MayStartAt(filterKeys, from))
            {
                break;
            }
        }

        return from;
    }

    /// <summary>The rules of <see cref="Find"/> at word <paramref name="i"/>; returns the last token they read.</summary>
    /// <param name="insideQuote">Whether the word lies in a direct or mixed quote: the scan has asked already.</param>
    private int FindAt(int i, int sentenceStart, bool colonSpeaker, bool mayCue, bool insideQuote, Dictionary<int, PendingAttribution> attributions)
    {
        if (colonSpeaker && ColonSpeaker(i) is { } speaker && !attributions.ContainsKey(speaker.Cue.First))
        {
            attributions[speaker.Cue.First] = speaker;
        }

        if (!insideQuote && i == sentenceStart && PollOpening(i) is { } poll && !attributions.ContainsKey(i))
        {
            attributions[i] = poll;
            return i;
        }

        if (insideQuote || !mayCue || !cues.TryCueAtCandidate(i, _tokens.Count, out var cue) || attributions.ContainsKey(i))
        {
            return i;
        }

        // "He said he plans to run": a belief reported inside someone's reported words is part of them.
        var nested = i < _reportedUntil && cue.Kind == CueKind.Attitude;
        if (!nested && Attribute(cue, sentenceStart) is var (found, contentEnd))
        {
            attributions[cue.First] = found;
            _reportedUntil = Math.Max(_reportedUntil, contentEnd);
            return cue.End - 1;
        }

        return i;
    }

    /// <summary>
    /// Character <paramref name="start"/> lies in one of <paramref name="quoted"/>, the one the cursor is left at. The
    /// cursor only moves forward, past the quotes ending before <paramref name="start"/>: asked at some tokens only, in
    /// text order, it answers as it would asked at every one.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool InsideQuote(int start, List<TextSpan> quoted)
    {
        while (_nextQuote < quoted.Count && quoted[_nextQuote].End <= start)
        {
            _nextQuote++;
        }

        return _nextQuote < quoted.Count && quoted[_nextQuote].Start <= start;
    }

    /// <summary>The first token from <paramref name="from"/> on, before <paramref name="end"/>, starting at or after character <paramref name="position"/>.</summary>
    private static int FirstStartingAt(ReadOnlySpan<Token> tokens, int from, int end, int position)
    {
        while (from < end && tokens[from].Start < position)
        {
            from++;
        }

        return from;
    }

    /// <summary>The attribution a cue makes, and the token its reported content ends before.</summary>
    private (PendingAttribution Attribution, int ContentEnd)? Attribute(CueHit cue, int sentenceStart)
    {
        var sentenceEnd = SentenceEnd(cue.First);
        SourceMention? source;
        var participleOfSpeaker = false;
        if (cue.Kind == CueKind.Source)
        {
            source = sources.SourceAfter(cue.End);
        }
        else if (cue.Kind == CueKind.Noun)
        {
            source = ReportsSomething(cue, sentenceEnd) ? sources.Owner(cue.First) : null;
        }
        else if (cues.IsParticiple(cue) && cue.First > 0 && (IsComma(cue.First - 1) || OpensAdverbialClause(cue.First - 1)))
        {
            source = SpeakerJustBefore(cue.First - 1, sentenceStart);
            participleOfSpeaker = source is not null;
            source ??= sources.SentenceSubject(cue.First);
        }
        else
        {
            source = sources.Before(cue.First, sentenceStart) ?? InvertedSource(cue, sentenceEnd);
        }

        if (source is null && OpeningParticiple(cue, sentenceStart, sentenceEnd) is { } comma)
        {
            // "Asked about the delay, Smith said …": the question is the content, the main clause's subject the source.
            if (sources.After(comma + 1) is not { } asked)
            {
                return null;
            }

            var question = new PendingAttribution(cue, asked, "attribution.indirect");
            question.Quotes.Add(new QuoteAnnotation(context.SpanOf(cue.End, comma), QuoteStyle.Indirect, "quote.indirect", 0.6f));
            return (question, comma);
        }

        if (source is not { } mention || !Fits(cue, mention))
        {
            return null;
        }

        // What comes before "she said, adding" is hers already; the participle reports only what follows it.
        if (Content(cue, mention, sentenceStart, sentenceEnd) is not var (first, end) || (participleOfSpeaker && first < cue.First)
            || end - first > MaxContentTokens)
        {
            return null;
        }

        var attribution = new PendingAttribution(cue, mention, "attribution.indirect");
        attribution.Quotes.Add(new QuoteAnnotation(context.SpanOf(first, end), QuoteStyle.Indirect, "quote.indirect", 0.6f));
        return (attribution, end);
    }

    /// <summary>"…,” she said, referring to the bank: a participle after "she said," is hers, whatever opened the sentence.</summary>
    private SourceMention? SpeakerJustBefore(int comma, int sentenceStart)
    {
        var verb = comma - 1;
        if (!IsComma(comma) || verb <= sentenceStart || !cues.TryCueAt(verb, comma, out var said) || said.End != comma || said.Kind == CueKind.Noun)
        {
            return null;
        }

        return sources.Before(verb, sentenceStart) is { } speaker && speaker.End == verb ? speaker : null;
    }

    /// <summary>
    /// "In a CNN poll released Monday, 40 percent backed the plan": a sentence opening "In", a poll phrase and a comma.
    /// The poll is the source, "In" the cue, the clause after the comma the content.
    /// </summary>
    private PendingAttribution? PollOpening(int first)
    {
        const int MaxPhraseTokens = 12;
        if (!context.Is(first, "In") || first + 1 >= _tokens.Count)
        {
            return null;
        }

        var sentence = _tokens[first].Sentence;
        var poll = -1;
        var k = first + 1;
        for (; k < _tokens.Count && k - first <= MaxPhraseTokens && _tokens[k].Sentence == sentence && !IsComma(k); k++)
        {
            if (_tokens[k].Kind == TokenKind.Word && words.Is(k, WordClasses.Poll))
            {
                poll = k;
            }
            else if (_tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) && !(context.Text[_tokens[k].Start] is '/' or '-' or '.' or '\'' or '\u2019'))
            {
                return null;
            }
        }

        if (poll < 0 || !IsComma(k) || poll == first + 1)
        {
            return null;
        }

        var end = TrimEnd(SentenceEnd(first));
        if (end - (k + 1) < MinContentTokens)
        {
            return null;
        }

        var source = new SourceMention(first + 1, poll + 1, MentionKind.Noun, SourceType.Document, poll);
        var attribution = new PendingAttribution(new CueHit(first, first + 1, CueKind.Source), source, "attribution.poll");
        attribution.Quotes.Add(new QuoteAnnotation(context.SpanOf(k + 1, end), QuoteStyle.Indirect, "quote.indirect", 0.6f));
        return attribution;
    }

    /// <summary>"PENCE: Well, look…", "Smith: We will win.": a short name opening a paragraph, then a colon.</summary>
    private PendingAttribution? ColonSpeaker(int first)
    {
        const int MaxNameTokens = 4;
        var colon = first;
        while (colon < _tokens.Count && colon - first < MaxNameTokens && context.IsCapitalized(colon))
        {
            colon++;
        }

        if (colon == first || colon >= _tokens.Count || _tokens[colon].Kind != TokenKind.Punctuation || context.Text[_tokens[colon].Start] != ':'
            || sources.After(first) is not { Kind: MentionKind.Name } mention || mention.End != colon || mention.NameStart != first)
        {
            return null;
        }

        var end = TrimEnd(SentenceEnd(colon));
        if (end - (colon + 1) < MinContentTokens)
        {
            return null;
        }

        var attribution = new PendingAttribution(new CueHit(colon, colon + 1, CueKind.Speech), mention, "attribution.colon");
        attribution.Quotes.Add(new QuoteAnnotation(context.SpanOf(colon + 1, end), QuoteStyle.Indirect, "quote.after-colon", 0.5f));
        return attribution;
    }

    /// <summary>The token opens its paragraph, or follows the quote mark that does.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool StartsParagraph(ReadOnlySpan<Token> tokens, int index) =>
        index == 0 || tokens[index - 1].Paragraph != tokens[index].Paragraph
        || (tokens[index - 1].Kind == TokenKind.QuoteMark && (index == 1 || tokens[index - 2].Paragraph != tokens[index].Paragraph));

    /// <summary>A noun of saying introduces speech only with a clause or a quote after it: "his claim that …", "her remarks, “…”".</summary>
    private bool ReportsSomething(CueHit cue, int sentenceEnd)
    {
        for (var k = cue.End; k < Math.Min(sentenceEnd, cue.End + MaxObjectTokens); k++)
        {
            if (context.Is(k, "that") || _tokens[k].Kind == TokenKind.QuoteMark)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Beliefs need someone to hold them, unless the belief is passive ("the vote is expected to", "the plan is widely seen as"):
    /// then the subject is what the belief is about. "shows" and "found" need a document, a poll or an organisation.
    /// </summary>
    private bool Fits(CueHit cue, SourceMention mention) => cue.Kind switch
    {
        CueKind.Attitude => mention.Type is SourceType.Person or SourceType.Anonymous or SourceType.Organization or SourceType.Unspecified && mention.Kind != MentionKind.Noun
            || mention.Type == SourceType.Anonymous || (cue.End == cue.First + 1 && cues.FollowsBe(cue.First) && context.TextOf(cue.First).EndsWith("ed", StringComparison.Ordinal))
            || (words.Is(cue.First, WordClasses.Appearance) && context.Is(cue.End, "to")),
        CueKind.Evidence => mention.Kind != MentionKind.Pronoun || mention.Type != SourceType.Person,
        _ => true,
    };

    private int SentenceEnd(int index)
    {
        var sentence = context.SentenceSpan[_tokens[index].Sentence];
        return sentence.EndToken;
    }

    /// <summary>Drops the closing punctuation of a clause; a bounded walk, so a run of dots costs nothing.</summary>
    private int TrimEnd(int end)
    {
        const int MaxTrailing = 4;
        var stop = Math.Max(0, end - MaxTrailing);
        while (end > stop && _tokens[end - 1].Kind == TokenKind.Punctuation && context.Text[_tokens[end - 1].Start] is '.' or '!' or '?' or ',' or ';' or ':')
        {
            end--;
        }

        return end;
    }

    /// <summary>"…, said Smith.": the source after the cue, only when the cue closes a clause after a comma and a name,
    /// a determiner or a modifier follows it.</summary>
    private SourceMention? InvertedSource(CueHit cue, int sentenceEnd)
    {
        if (cue.Kind != CueKind.Speech || cue.End >= sentenceEnd || !(IsComma(cue.First - 1) || (cue.First > 0 && _tokens[cue.First - 1].Kind == TokenKind.QuoteMark)))
        {
            return null;
        }

        var after = sources.After(cue.End);
        var opensSource = context.IsCapitalized(cue.End) || words.Is(cue.End, WordClasses.Determiner | WordClasses.Modifier);
        return opensSource || after is { Kind: MentionKind.Name } ? after : null;
    }

    /// <summary>"Asked about …, Smith said": a capitalised past participle opening the sentence; the comma that ends its phrase.</summary>
    private int? OpeningParticiple(CueHit cue, int sentenceStart, int sentenceEnd)
    {
        const int MaxPhraseTokens = 25;
        // "When asked about …, Smith said": a subordinator may open the phrase.
        var opener = cue.First == sentenceStart + 1 && context.TextOf(sentenceStart) is "When" or "If" or "After" or "Once" ? sentenceStart : cue.First;
        if (opener != sentenceStart || cue.Kind != CueKind.Speech || !context.IsCapitalized(opener)
            || !context.TextOf(cue.First).EndsWith("ed", StringComparison.Ordinal))
        {
            return null;
        }

        for (var k = cue.End; k < Math.Min(sentenceEnd, cue.End + MaxPhraseTokens); k++)
        {
            if (_tokens[k].Kind == TokenKind.QuoteMark)
            {
                return null;
            }

            if (IsComma(k))
            {
                return k > cue.End ? k : null;
            }
        }

        return null;
    }

    /// <summary>"while chanting", "by telling", "after saying": the participle's subject is the clause's.</summary>
    private bool OpensAdverbialClause(int index) => words.Is(index, WordClasses.AdverbialOpener);

    private bool FollowsPreposition(int first) =>
        first > 0 && !context.IsCapitalized(first - 1) && words.Is(first - 1, WordClasses.Preposition);

    private bool IsComma(int index) =>
        index >= 0 && index < _tokens.Count && _tokens[index].Kind == TokenKind.Punctuation && context.Text[_tokens[index].Start] == ',';
}
