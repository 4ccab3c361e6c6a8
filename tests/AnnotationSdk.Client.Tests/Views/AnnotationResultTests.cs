using AnnotationSdk.Client;
using AnnotationSdk.V1;

namespace AnnotationSdk.Client.Tests.Views;

public class AnnotationResultTests
{
    // A fixture of our own: one quote with a hedge inside, its attribution, two dates, one anchored to the other.
    private const string Text = "In March 2023, the mayor said \"the bridge may open soon.\" A year later it did.";

    private static AnnotationResult Build(OffsetUnit unit = OffsetUnit.Utf16CodeUnit)
    {
        var map = new OffsetMap(Text);
        Span SpanOf(string part, int from = 0)
        {
            var start = Text.IndexOf(part, from, StringComparison.Ordinal);
            return map.Convert(new Span { Start = start, End = start + part.Length }, OffsetUnit.Utf16CodeUnit, unit);
        }

        var response = new AnnotateResponse { OffsetUnit = unit };
        response.Annotations.Add(new Annotation { Id = "d1", Kind = AnnotationKind.Date, Span = SpanOf("March 2023"), Date = new DateDetail { Type = TemporalType.Date, Value = "2023-03" } });
        response.Annotations.Add(new Annotation
        {
            Id = "a1",
            Kind = AnnotationKind.Attribution,
            Span = SpanOf("the mayor"),
            Attribution = new AttributionDetail { Cue = SpanOf("said"), Speaker = "Jane Roe", SourceType = SourceType.Person, QuoteIds = { "q1" } },
        });
        response.Annotations.Add(new Annotation { Id = "q1", Kind = AnnotationKind.Quote, Span = SpanOf("\"the bridge may open soon.\""), Quote = new QuoteDetail { Style = QuoteStyle.Direct, AttributionId = "a1" } });
        response.Annotations.Add(new Annotation { Id = "h1", Kind = AnnotationKind.Hedge, Span = SpanOf("may"), Hedge = new HedgeDetail { Category = HedgeCategory.Epistemic, QuoteId = "q1" } });
        response.Annotations.Add(new Annotation { Id = "d2", Kind = AnnotationKind.Date, Span = SpanOf("A year later"), Date = new DateDetail { Type = TemporalType.Date, Value = "2024-03", AnchorId = "d1" } });
        return new AnnotationResult(new Document { Text = Text }, response);
    }

    [Theory]
    [InlineData(OffsetUnit.Utf16CodeUnit)]
    [InlineData(OffsetUnit.Utf8Byte)]
    [InlineData(OffsetUnit.CodePoint)]
    public void Views_link_quote_attribution_hedge_and_anchor(OffsetUnit unit)
    {
        var result = Build(unit);

        var quote = Assert.Single(result.Quotes);
        var attribution = Assert.Single(result.Attributions);
        var hedge = Assert.Single(result.Hedges);
        Assert.Equal("\"the bridge may open soon.\"", quote.Text);
        Assert.Equal(QuoteStyle.Direct, quote.Style);
        Assert.Same(attribution, quote.Attribution);
        Assert.Equal("Jane Roe", quote.Speaker);
        Assert.Equal(("the mayor", "said"), (attribution.Text, attribution.Cue));
        Assert.Same(quote, Assert.Single(attribution.Quotes));
        Assert.Same(quote, hedge.Quote);
        Assert.Same(hedge, Assert.Single(quote.Hedges));
        Assert.Equal(HedgeCategory.Epistemic, hedge.Category);
        Assert.Equal(["March 2023", "A year later"], result.Dates.Select(d => d.Text));
        Assert.Same(result.Dates[0], result.Dates[1].Anchor);
        Assert.Equal(new DateOnly(2024, 3, 1), result.Dates[1].Timex.Start);
    }

    [Fact]
    public void Links_to_missing_ids_stay_null_and_unknown_details_stay_in_annotations()
    {
        var response = new AnnotateResponse { OffsetUnit = OffsetUnit.Utf16CodeUnit };
        response.Annotations.Add(new Annotation { Id = "q1", Kind = AnnotationKind.Quote, Span = new Span { Start = 0, End = 2 }, Quote = new QuoteDetail { AttributionId = "a9" } });
        response.Annotations.Add(new Annotation { Id = "h1", Kind = AnnotationKind.Hedge, Span = new Span { Start = 3, End = 5 }, Hedge = new HedgeDetail { QuoteId = "q9" } });
        response.Annotations.Add(new Annotation { Id = "d1", Kind = AnnotationKind.Date, Span = new Span { Start = 0, End = 1 }, Date = new DateDetail { Value = "someday", AnchorId = "d9" } });
        response.Annotations.Add(new Annotation { Id = "x1", Kind = (AnnotationKind)99, Span = new Span { Start = 0, End = 1 } });

        var result = new AnnotationResult(new Document { Text = "ab cd" }, response);

        Assert.Null(Assert.Single(result.Quotes).Attribution);
        Assert.Null(Assert.Single(result.Quotes).Speaker);
        Assert.Null(Assert.Single(result.Hedges).Quote);
        var date = Assert.Single(result.Dates);
        Assert.Null(date.Anchor);
        Assert.Equal((TimexKind.Unknown, "someday"), (date.Timex.Kind, date.Timex.Raw));
        Assert.Equal(4, result.Annotations.Count);
    }

    [Fact]
    public void An_attribution_listing_a_quote_links_it_when_the_quote_names_none()
    {
        var response = new AnnotateResponse { OffsetUnit = OffsetUnit.Utf16CodeUnit };
        response.Annotations.Add(new Annotation { Id = "a1", Span = new Span { Start = 0, End = 2 }, Attribution = new AttributionDetail { QuoteIds = { "q1" } } });
        response.Annotations.Add(new Annotation { Id = "q1", Span = new Span { Start = 3, End = 5 }, Quote = new QuoteDetail() });

        var result = new AnnotationResult(new Document { Text = "ab cd" }, response);

        Assert.Same(result.Attributions[0], result.Quotes[0].Attribution);
        Assert.Null(result.Attributions[0].Speaker);
        Assert.Equal(string.Empty, result.Attributions[0].Cue);
    }

    [Fact]
    public void A_response_whose_spans_do_not_fit_the_document_is_rejected()
    {
        var response = new AnnotateResponse { OffsetUnit = OffsetUnit.Utf16CodeUnit };
        response.Annotations.Add(new Annotation { Id = "q1", Span = new Span { Start = 0, End = 50 }, Quote = new QuoteDetail() });

        Assert.Throws<ArgumentOutOfRangeException>(() => new AnnotationResult(new Document { Text = "short" }, response));
    }
}
