using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Pipeline;

/// <summary>The engine hands annotations back in one order, by start, kind and end, and numbers each kind in it.</summary>
public class AnnotationOrderTests
{
    private static readonly AnnotateOptions Options = new(new DateOnly(2025, 4, 30));

    [Fact]
    public void Annotations_come_by_start_then_kind_then_end_and_each_kind_is_numbered_in_that_order()
    {
        var engine = new AnnotationEngine([new FixedAnnotations(context =>
        {
            context.Hedges.Add(new HedgeAnnotation(new TextSpan(0, 4), HedgeCategory.Epistemic, "h"));
            context.Dates.Add(new DateAnnotation(new TextSpan(0, 9), TemporalType.Date, "2025", "d"));
            context.Quotes.Add(new QuoteAnnotation(new TextSpan(5, 9), QuoteStyle.Direct, "q"));
            context.Quotes.Add(new QuoteAnnotation(new TextSpan(0, 9), QuoteStyle.Direct, "q"));
            context.Quotes.Add(new QuoteAnnotation(new TextSpan(0, 4), QuoteStyle.Direct, "q"));
            context.Attributions.Add(new AttributionAnnotation(new TextSpan(0, 2), new TextSpan(3, 4), "a"));
        })]);

        var annotations = engine.Annotate("0123456789", Options).Annotations;

        Assert.Equal(
            ["q1 0-4", "q2 0-9", "a1 0-2", "d1 0-9", "h1 0-4", "q3 5-9"],
            annotations.Select(a => $"{a.Id} {a.Span.Start}-{a.Span.End}"));
    }

    [Fact]
    public void Annotations_with_the_same_kind_and_span_come_in_the_order_their_annotator_added_them()
    {
        // Enough of them for the introsort to partition, which alone would not keep the order among equal keys.
        var random = new Random(7);
        var quotes = Enumerable.Range(0, 300).Select(n => new QuoteAnnotation(new TextSpan(random.Next(5), 5 + random.Next(3)), QuoteStyle.Direct, "q" + n)).ToList();
        var engine = new AnnotationEngine([new FixedAnnotations(context => context.Quotes.AddRange(quotes))]);

        var annotations = engine.Annotate("0123456789", Options).Annotations;

        Assert.Equal(quotes.OrderBy(q => q.Span.Start).ThenBy(q => q.Span.End).Select(q => q.Rule), annotations.Select(a => a.Rule));
    }

    [Fact]
    public void Two_attributions_of_one_source_come_by_their_cues()
    {
        // "He dismissed the claim, saying …": one source, two cues, found in the other order.
        var engine = new AnnotationEngine([new FixedAnnotations(context =>
        {
            context.Attributions.Add(new AttributionAnnotation(new TextSpan(0, 2), new TextSpan(30, 36), "saying"));
            context.Attributions.Add(new AttributionAnnotation(new TextSpan(0, 2), new TextSpan(3, 12), "dismissed"));
        })]);

        var annotations = engine.Annotate(new string('x', 40), Options).Annotations;

        Assert.Equal(["a1 dismissed", "a2 saying"], annotations.Select(a => $"{a.Id} {a.Rule}"));
    }

    [Fact]
    public void A_kind_is_numbered_the_same_whatever_other_kinds_lie_among_it()
    {
        var random = new Random(11);
        var spans = Enumerable.Range(0, 300).Select(_ => new TextSpan(random.Next(5), 5 + random.Next(3))).ToList();
        var dates = Enumerable.Range(0, 200).Select(_ => new TextSpan(random.Next(8), 8 + random.Next(2))).ToList();
        List<string> QuoteIds(bool withDates) => [.. new AnnotationEngine([new FixedAnnotations(context =>
            {
                context.Quotes.AddRange(spans.Select((span, n) => new QuoteAnnotation(span, QuoteStyle.Direct, "q" + n)));
                if (withDates)
                {
                    context.Dates.AddRange(dates.Select(span => new DateAnnotation(span, TemporalType.Date, "2025", "d")));
                }
            })]).Annotate("0123456789", Options).Annotations.OfType<QuoteAnnotation>().Select(q => $"{q.Id}={q.Rule}")];

        Assert.Equal(QuoteIds(withDates: false), QuoteIds(withDates: true));
    }

    private sealed class FixedAnnotations(Action<AnnotationContext> add) : IAnnotator
    {
        public string Name => "fixed";

        public void Annotate(AnnotationContext context) => add(context);
    }
}
