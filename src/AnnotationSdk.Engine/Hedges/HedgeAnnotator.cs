using System.Runtime.CompilerServices;
using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Hedges;

/// <summary>
/// Finds hedges: lexicon phrases (longest first) that pass their context guard, skipping dates, plus UNSOURCED
/// hedges for attributions to anonymous sources; then links each hedge to the quote it sits in.
/// One pass over the tokens; every guard looks a bounded number of tokens around its phrase.
/// </summary>
public sealed class HedgeAnnotator : IAnnotator
{
    private readonly HedgeLexicon _lexicon = HedgeLexicon.Default;

    public string Name => "hedges";

    public AnnotationKinds NeededFor => AnnotationKinds.Hedge;

    public void Annotate(AnnotationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Found in place rather than in a list of their own copied over at the end: the context's list starts empty.
        var hedges = context.Hedges;
        var guards = new HedgeGuards(context, _lexicon.Words);
        var dates = new DateCursor(context.Dates);
        // A span, not the list: this loop reads every token, and the phrase lookup takes a span too.
        var tokens = context.Tokens.AsSpan();
        var text = context.Text;
        var phrases = _lexicon.Phrases;
        var i = 0;
        var previousEnd = 0;
        var sentence = default(Segment);
        var sentenceIndex = -1;
        var filterKeys = context.Tokens.FilterKeys;
        while ((i = NextCandidate(filterKeys, i, phrases)) < tokens.Length)
        {
            context.ThrowIfCancellationRequested();
            ref readonly var token = ref tokens[i];
            // The start filter passes every token whose first or last character is not ASCII: curly quote marks and
            // dashes were a third of its candidates, and no phrase starts with a mark (the lexicon makes sure).
            if (token.Kind is TokenKind.QuoteMark or TokenKind.Punctuation || dates.Covers(token.Start))
            {
                i++;
                continue;
            }

            if (token.Sentence != sentenceIndex)
            {
                // Looked up once per sentence: the list is an interface.
                sentenceIndex = token.Sentence;
                sentence = context.Sentences[sentenceIndex];
            }

            if (phrases.TryMatchPastFilter(text, tokens, i, sentence.EndToken, out var match)
                && guards.Accept(match, sentence, out var first, out var end))
            {
                // A guard may pull in a word before the phrase ("said one source"); never one an earlier hedge took.
                first = Math.Max(first, previousEnd);
                hedges.Add(new HedgeAnnotation(context.SpanOf(first, end), match.Value.Category, match.Value.Rule));
                i = previousEnd = end;
                continue;
            }

            i++;
        }

        AnonymousSourceHedges.AddTo(hedges, context.Attributions);
        LinkQuotes(hedges, context.Quotes);
    }

    /// <summary>The first token from <paramref name="start"/> on that may start a phrase, or the token count.</summary>
    /// <remarks>The phrase-start filter rejects most tokens, and most of the common words it lets through by the word after them. Its loop is kept apart from the matching so that its few
    /// values stay in registers: inside the matching loop they were spilled to the stack at every token. Cancellation is
    /// checked by the caller once per candidate: a check per token here cost a load from the stack at every token.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NextCandidate(ReadOnlySpan<uint> filterKeys, int start, PhraseMatcher<HedgeCue> phrases)
    {
        var i = start;
        while (i < filterKeys.Length && !phrases.MayStartAt(filterKeys, i))
        {
            i++;
        }

        return i;
    }

    private static void LinkQuotes(List<HedgeAnnotation> hedges, List<QuoteAnnotation> quotes)
    {
        var cursor = new QuoteCursor(quotes);
        foreach (var hedge in hedges)
        {
            hedge.Quote = cursor.Containing(hedge.Span);
        }
    }
}
