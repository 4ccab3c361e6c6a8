using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Attribution;

public class QuoteOrderTests
{
    [Fact]
    public void Reported_speech_joins_the_quotes_in_text_order()
    {
        var context = AnnotatedUpToAttribution(
            "Kahn said the border would stay open. “We will see,” Berg said. The ferry left late on Sunday, the family said. “Not again,” he said.");

        Assert.Contains(context.Quotes, q => q.Style == QuoteStyle.Indirect);
        Assert.Contains(context.Quotes, q => q.Style == QuoteStyle.Direct);
        var inTextOrder = context.Quotes.OrderBy(q => q.Span.Start).ThenBy(q => q.Span.End).ToList();
        Assert.Equal(inTextOrder, context.Quotes);
    }

    [Fact]
    public void A_quote_after_a_nested_one_takes_the_attribution_of_its_sentence()
    {
        // The pairer lists the inner quote before the one around it; the direct quote after both still finds its sentence's cue.
        var context = AnnotatedUpToAttribution(
            "“He called it ‘a farce’ and left,” Berg said.\n\nA cashier who “steals a handful” is held accountable, Warren said.");

        var handful = Assert.Single(context.Quotes, q => context.Text[q.Span.Start..q.Span.End] == "“steals a handful”");
        Assert.NotNull(handful.Attribution);
        Assert.Equal("Warren", context.Text[handful.Attribution.Span.Start..handful.Attribution.Span.End]);
    }

    [Fact]
    public void Quotes_made_by_another_annotator_are_attributed_as_the_quote_annotators_own()
    {
        // Quotes from elsewhere carry no tokens of their marks: attribution finds them from the spans.
        const string Text = "“We will see,” Berg said. “Not again.”\n\nKahn said “the border” would stay open. A cashier who “steals a handful” is held accountable, Warren said.";
        var own = AnnotatedUpToAttribution(Text);
        var made = AnnotatedUpToAttribution(Text, context =>
        {
            var copies = context.Quotes.Select(q => new QuoteAnnotation(q.Span, q.Style, q.Rule, q.Confidence)).ToList();
            context.Quotes.Clear();
            context.Quotes.AddRange(copies);
        });

        Assert.All(made.Quotes, q => Assert.Equal(-1, q.FirstToken));
        Assert.Equal(Described(own), Described(made));
        Assert.Contains(own.Quotes, q => q.Style == QuoteStyle.Direct && q.Attribution is not null);

        static string[] Described(AnnotationContext context) =>
            [.. context.Quotes.Select(q => $"{q.Span} {q.Style} {q.Attribution?.Span} {q.Attribution?.Cue}")];
    }

    private static AnnotationContext AnnotatedUpToAttribution(string text, Action<AnnotationContext>? beforeAttribution = null)
    {
        var context = new AnnotationContext(text, new DateOnly(2025, 4, 30), CancellationToken.None);
        foreach (var annotator in AnnotationEngine.Default.Annotators)
        {
            if (annotator.Name == "attribution")
            {
                beforeAttribution?.Invoke(context);
            }

            annotator.Annotate(context);
            if (annotator.Name == "attribution")
            {
                break;
            }
        }

        return context;
    }
}
