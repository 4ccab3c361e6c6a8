using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;

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
        var sentence = default(Text.Segment);
        var sentenceIndex = -1;
        while (i < tokens.Length)
        {
            context.ThrowIfCancellationRequested();
            ref readonly var token = ref tokens[i];

            // The first-word filter rejects most tokens, so it goes first, before the date and sentence look-ups.
            if (!phrases.MayStartWith(text.AsSpan(token.Start, token.Length)) || dates.Covers(token.Start))
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

    private static void LinkQuotes(List<HedgeAnnotation> hedges, List<QuoteAnnotation> quotes)
    {
        var cursor = new QuoteCursor(quotes);
        foreach (var hedge in hedges)
        {
            hedge.Quote = cursor.Containing(hedge.Span);
        }
    }
}
