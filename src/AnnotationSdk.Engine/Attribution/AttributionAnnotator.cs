using System.Buffers;
using System.Runtime.InteropServices;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>
/// Links every quote to its source and cue, finds reported speech without quote marks, and resolves each
/// source to a canonical speaker ("he" → "Fyodor Krasheninnikov"). Attributions sharing a cue are one
/// attribution ("“A,” he said, “B.”"); quotes and attributions point at each other.
/// </summary>
public sealed class AttributionAnnotator : IAnnotator
{
    public string Name => "attribution";

    /// <summary>It adds the quotes of reported speech and every quote's attribution; hedges sit in those quotes, and
    /// "sources said" is a hedge.</summary>
    public AnnotationKinds NeededFor => AnnotationKinds.Quote | AnnotationKinds.Attribution | AnnotationKinds.Hedge;

    public void Prepare() => _ = AttributionLexicons.Default;

    public void Annotate(AnnotationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var words = new TokenWordClasses(context);
        var cues = new CueFinder(context, words);
        var sources = new SourceFinder(context, words);
        var pending = PerThread<Dictionary<int, PendingAttribution>>.Take();
        var linked = new bool[context.Quotes.Count];
        var ownCue = new bool[context.Quotes.Count];
        var quoted = LinkQuotes(context, new QuoteAttributor(context, cues, sources), pending, linked, ownCue);
        new IndirectSpeechFinder(context, cues, sources, words).Find(pending, quoted);
        LinkByContext(context, cues, pending, linked, ownCue);

        var resolver = new SpeakerResolver(context, quoted, words);
        List<AttributionAnnotation>? headlines = null;
        foreach (var attribution in InSourceOrder(pending))
        {
            context.ThrowIfCancellationRequested();
            resolver.ObserveUpTo(attribution.Source.First);
            var inHeadline = attribution.Source.Kind == MentionKind.Name && TitleCaseLine.Contains(context, attribution.Source.NameStart);
            var (speaker, type) = resolver.Resolve(attribution.Source, inHeadline);
            var annotation = new AttributionAnnotation(
                context.SpanOf(attribution.Source.First, attribution.Source.End),
                context.SpanOf(attribution.Cue.First, attribution.Cue.End),
                attribution.Rule,
                AttributionAnnotation.DefaultConfidence,
                attribution.Quotes)
            {
                Speaker = speaker,
                SourceType = type,
            };
            foreach (var quote in annotation.Quotes)
            {
                quote.Attribution = annotation;
                if (quote.Style == QuoteStyle.Indirect)
                {
                    context.Quotes.Add(quote);
                }
            }

            context.Attributions.Add(annotation);
            if (inHeadline && type == SourceType.Person)
            {
                (headlines ??= []).Add(annotation);
            }
        }

        foreach (var headline in headlines ?? [])
        {
            headline.Speaker = resolver.InFull(headline.Speaker);
        }

        // Indirect quotes joined the list last; later annotators expect text order.
        SortByPosition(context.Quotes);
        GiveBack(pending);
    }

    // The attributions of a document of about 1 MB; a longer document's table goes to the collector rather than stay this thread's.
    private const int MaxKeptPending = 1 << 13;

    /// <summary>Keeps the table of attributions for the thread's next document, emptied: its entries hold this document's quotes.</summary>
    private static void GiveBack(Dictionary<int, PendingAttribution> pending)
    {
        if (pending.Capacity <= MaxKeptPending)
        {
            pending.Clear();
            PerThread<Dictionary<int, PendingAttribution>>.GiveBack(pending);
        }
    }

    /// <summary>
    /// Sorts the quotes by start, then end. One number per quote, compared inline, rather than two spans read through a
    /// comparison delegate; ties keep the order that comparison gave them, as the same introsort sees the same results.
    /// </summary>
    private static void SortByPosition(List<QuoteAnnotation> quotes)
    {
        var rented = ArrayPool<long>.Shared.Rent(quotes.Count);
        var keys = rented.AsSpan(0, quotes.Count);
        var items = CollectionsMarshal.AsSpan(quotes);
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = ((long)items[i].Span.Start << 32) | (uint)items[i].Span.End;
        }

        keys.Sort(items);
        ArrayPool<long>.Shared.Return(rented);
    }

    /// <summary>
    /// The attributions by the first token of their source; those sharing it keep the order they were found in (as a
    /// stable sort would), which the key's low half holds. The keys are unique, so they are sorted alone and the
    /// attributions picked by that low half afterwards, rather than moved along with every swap.
    /// </summary>
    private static PendingAttribution[] InSourceOrder(Dictionary<int, PendingAttribution> pending)
    {
        var found = new PendingAttribution[pending.Count];
        pending.Values.CopyTo(found, 0);
        var rented = ArrayPool<long>.Shared.Rent(found.Length);
        var keys = rented.AsSpan(0, found.Length);
        for (var i = 0; i < found.Length; i++)
        {
            keys[i] = ((long)found[i].Source.First << 32) | (uint)i;
        }

        keys.Sort();
        var ordered = new PendingAttribution[found.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = found[(int)(uint)keys[i]];
        }

        ArrayPool<long>.Shared.Return(rented);
        return ordered;
    }

    /// <summary>
    /// Finds the attribution of each direct or mixed quote; returns the spans of those quotes, in order, and marks in
    /// <paramref name="linked"/> (by position in the document's quotes) the quotes given an attribution, in
    /// <paramref name="ownCue"/> those tagged with a verb of saying whose source the rules could not name.
    /// </summary>
    private static List<TextSpan> LinkQuotes(AnnotationContext context, QuoteAttributor attributor, Dictionary<int, PendingAttribution> pending, bool[] linked, bool[] ownCue)
    {
        var tokens = context.Tokens;
        var quoted = new List<TextSpan>(context.Quotes.Count);
        var open = 0;
        PendingAttribution? previous = null;
        var previousLast = -1;
        for (var q = 0; q < context.Quotes.Count; q++)
        {
            context.ThrowIfCancellationRequested();
            var quote = context.Quotes[q];
            if (quote.Style is not (QuoteStyle.Direct or QuoteStyle.Mixed))
            {
                continue;
            }

            quoted.Add(quote.Span);
            // The quote annotator's quotes carry their marks' tokens; only quotes made elsewhere are searched for.
            int last;
            if (quote.FirstToken >= 0)
            {
                (open, last) = (quote.FirstToken, quote.LastToken);
            }
            else
            {
                open = FirstStartingAt(tokens, open, quote.Span.Start);
                last = Math.Max(open, FirstEndingAfter(tokens, open + 1, quote.Span.End) - 1);
            }

            if (attributor.Find(open, last) is { } found)
            {
                if (!pending.TryGetValue(found.Cue.First, out var attribution))
                {
                    attribution = new PendingAttribution(found.Cue, found.Source, found.Rule);
                    pending.Add(found.Cue.First, attribution);
                }

                attribution.Quotes.Add(quote);
                linked[q] = true;
                previous = attribution;
            }
            else if (attributor.HasOwnCue(open, last))
            {
                // "“…,” the mother of the twins who live next door replied": a speaker the rules cannot name is no one
                // else; only an attribution of the quote's own sentence, found later, may take it.
                ownCue[q] = true;
                previous = null;
            }
            else if (previous is not null && Continues(tokens, previousLast, open))
            {
                previous.Quotes.Add(quote);
                linked[q] = true;
            }
            else
            {
                previous = null;
            }

            previousLast = last;
        }

        return quoted;
    }

    /// <summary>
    /// A quote still without a source takes the attribution of its sentence ("A cashier who “steals a handful”
    /// is held accountable, Warren said."), else, when no verb of saying tags it, the last attribution before it in its
    /// paragraph, or in the previous paragraph when the quote opens its own ("Smith said taxes would rise.¶“We have no
    /// choice.”").
    /// </summary>
    private static void LinkByContext(AnnotationContext context, CueFinder cues, Dictionary<int, PendingAttribution> pending, bool[] linked, bool[] ownCue)
    {
        var tokens = context.Tokens;
        // Cues are the keys of the attributions, so no two share a first token and the order is total.
        var ordered = new PendingAttribution[pending.Count];
        var cueFirsts = new int[pending.Count];
        pending.Keys.CopyTo(cueFirsts, 0);
        pending.Values.CopyTo(ordered, 0);
        Array.Sort(cueFirsts, ordered);

        // The attribution of a sentence is its first one; cue order is sentence order, so a cursor finds it.
        var inSentence = 0;
        var token = 0;
        var next = 0;
        // A quote made elsewhere than by the quote annotator has no first token kept: it is searched from the previous
        // one's, so it is the first at or after the furthest start seen yet (quotes nested in a later one come first).
        var furthestStart = 0;
        for (var q = 0; q < context.Quotes.Count; q++)
        {
            context.ThrowIfCancellationRequested();
            var quote = context.Quotes[q];
            furthestStart = Math.Max(furthestStart, quote.Span.Start);
            if (quote.Style is not (QuoteStyle.Direct or QuoteStyle.Mixed) || linked[q])
            {
                continue;
            }

            token = quote.FirstToken >= 0 ? quote.FirstToken : FirstStartingAt(tokens, token, furthestStart);
            while (next < ordered.Length && ordered[next].Cue.First < token)
            {
                next++;
            }

            if (token >= tokens.Count)
            {
                continue;
            }

            inSentence = FirstInSentence(tokens, ordered, tokens[token].Sentence, inSentence);
            if (inSentence < ordered.Length && tokens[ordered[inSentence].Cue.First].Sentence == tokens[token].Sentence)
            {
                ordered[inSentence].Quotes.Add(quote);
            }
            else if (next > 0 && !ownCue[q] && Continues(tokens, ordered[next - 1].Cue.First, token))
            {
                ordered[next - 1].Quotes.Add(quote);
            }
            else if (TitleCaseLine.TryGetStart(context, token, out var lineStart) && HeadlineSpeaker(context, cues, lineStart, token) is { } headline
                && !pending.ContainsKey(headline.Cue.First))
            {
                headline.Quotes.Add(quote);
                pending[headline.Cue.First] = headline;
            }
        }
    }

    /// <summary>The first attribution, in cue order, whose cue is not in a sentence before <paramref name="sentence"/>; the
    /// search goes on from <paramref name="from"/> unless the sentence lies before that one's (quotes out of text order).</summary>
    private static int FirstInSentence(TokenList tokens, PendingAttribution[] ordered, int sentence, int from)
    {
        if (from > 0 && tokens[ordered[from - 1].Cue.First].Sentence >= sentence)
        {
            from = 0;
        }

        while (from < ordered.Length && tokens[ordered[from].Cue.First].Sentence < sentence)
        {
            from++;
        }

        return from;
    }

    /// <summary>
    /// "Obama on Climate: The Trend Is ‘Terrifying’", "Clinton Says ‘…’": in a headline the speaker opens the line, up to
    /// its first verb of saying or its colon, which is the cue. Case tells nothing in Title Case, so the cue bounds the name.
    /// </summary>
    private static PendingAttribution? HeadlineSpeaker(AnnotationContext context, CueFinder cues, int first, int open)
    {
        const int MaxSourceTokens = 6;
        var tokens = context.Tokens;
        for (var i = first + 1; i < open && i - first <= MaxSourceTokens; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && context.Text[tokens[i].Start] == ':')
            {
                return new PendingAttribution(new CueHit(i, i + 1, CueKind.Speech), Source(first, i), "attribution.headline");
            }

            if (cues.TryCueAt(i, open, out var cue) && cue.Kind == CueKind.Speech)
            {
                return new PendingAttribution(cue, Source(first, i), "attribution.headline");
            }
        }

        return null;

        SourceMention Source(int from, int end) => new(from, end, MentionKind.Name, SourceType.Unspecified, from);
    }

    /// <summary>
    /// The first token from <paramref name="from"/> on that starts at or after character <paramref name="position"/>
    /// (the count when none does). Tokens are in text order, so a binary search finds where a walk would stop
    /// without reading every token of the document and of its quotes.
    /// </summary>
    private static int FirstStartingAt(TokenList tokens, int from, int position) => FirstFrom(tokens.AsSpan(), from, position, byEnd: false);

    /// <summary>As <see cref="FirstStartingAt"/>, for the first token ending after <paramref name="position"/>.</summary>
    private static int FirstEndingAfter(TokenList tokens, int from, int position) => FirstFrom(tokens.AsSpan(), from, position + 1, byEnd: true);

    private static int FirstFrom(ReadOnlySpan<Token> tokens, int from, int position, bool byEnd)
    {
        var (low, high) = (from, tokens.Length);
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if ((byEnd ? tokens[middle].End : tokens[middle].Start) < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>A quote with no cue of its own goes on from the previous one in its paragraph, or opens the next paragraph.</summary>
    private static bool Continues(TokenList tokens, int previousLast, int open) =>
        previousLast >= 0 && (tokens[open].Paragraph == tokens[previousLast].Paragraph
            || (tokens[open].Paragraph == tokens[previousLast].Paragraph + 1 && (open == 0 || tokens[open - 1].Paragraph != tokens[open].Paragraph)));
}
