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

    public void Annotate(AnnotationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hedges = new List<HedgeAnnotation>();
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
        while ((i = NextCandidate(context, i, phrases)) < tokens.Length)
        {
            ref readonly var token = ref tokens[i];
            if (dates.Covers(token.Start))
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
        context.Hedges.AddRange(hedges);
    }

    /// <summary>The first token from <paramref name="start"/> on that may start a phrase, or the token count.</summary>
    /// <remarks>The phrase-start filter rejects most tokens, and most of the common words it lets through by the word after them. Its loop is kept apart from the matching so that its few
    /// values stay in registers: inside the matching loop they were spilled to the stack at every token.</remarks>
    private static int NextCandidate(AnnotationContext context, int start, PhraseMatcher<HedgeCue> phrases)
    {
        var filterKeys = context.Tokens.FilterKeys;
        var cancellationToken = context.CancellationToken;
        var i = start;
        while (i < filterKeys.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (phrases.MayStartAt(filterKeys, i))
            {
                break;
            }

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
