using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Quotes;

/// <summary>
/// Finds every quotation marked with quote marks (straight, curly, angle, low-9 and single marks used as quotes),
/// including multi-paragraph and nested quotes, and tells direct speech, quoted fragments and scare quotes apart.
/// Reported speech without marks is found later, by the attribution annotator, which knows the cues.
/// </summary>
public sealed class QuoteAnnotator : IAnnotator
{
    public string Name => "quotes";

    /// <summary>Attribution links these quotes and hedges say which quote they sit in.</summary>
    public AnnotationKinds NeededFor => AnnotationKinds.Quote | AnnotationKinds.Attribution | AnnotationKinds.Hedge;

    /// <summary>Telling scare quotes and titles from speech reads attribution's lexicons (determiners, cues, calling verbs).</summary>
    public void Prepare() => _ = Attribution.AttributionLexicons.Default;

    public void Annotate(AnnotationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runs = QuotePairer.Pair(context);
        // Most runs become quotes: the list is sized once rather than grown by doubling.
        context.Quotes.EnsureCapacity(context.Quotes.Count + runs.Count);
        foreach (var run in runs)
        {
            context.ThrowIfCancellationRequested();
            if (QuoteStyleClassifier.Classify(context, run) is not { } style)
            {
                continue;
            }

            var rule = run.Closed ? (run.Paragraphs > 1 ? "quote.marks.multi-paragraph" : "quote.marks") : "quote.unclosed";
            var confidence = run.Closed ? 0.9f : 0.5f;
            context.Quotes.Add(new Model.QuoteAnnotation(context.SpanOf(run.Open, run.Last + 1), style, rule, confidence)
            {
                FirstToken = run.Open,
                LastToken = run.Last,
            });
        }
    }
}
