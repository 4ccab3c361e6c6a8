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
    public void Annotations_with_the_same_kind_and_span_keep_the_order_a_sort_by_comparison_gives()
    {
        // Enough of them for the introsort to partition: output is compared byte for byte with earlier builds, so the
        // engine's order among equal annotations must stay the one sorting with a comparison of the packed keys gave.
        var random = new Random(7);
        var spans = Enumerable.Range(0, 300).Select(_ => new TextSpan(random.Next(5), 5 + random.Next(3))).ToList();
        var quotes = spans.Select((span, n) => new QuoteAnnotation(span, QuoteStyle.Direct, "q" + n)).ToList();
        var engine = new AnnotationEngine([new FixedAnnotations(context => context.Quotes.AddRange(quotes))]);

        var annotations = engine.Annotate("0123456789", Options).Annotations;

        var expected = quotes.Select(q => (Key: ((ulong)q.Span.Start << 33) | (uint)q.Span.End, Quote: q)).ToArray();
        expected.AsSpan().Sort(static (a, b) => a.Key.CompareTo(b.Key));
        Assert.Equal(expected.Select(e => e.Quote.Rule), annotations.Select(a => a.Rule));
    }

    private sealed class FixedAnnotations(Action<AnnotationContext> add) : IAnnotator
    {
        public string Name => "fixed";

        public void Annotate(AnnotationContext context) => add(context);
    }
}
