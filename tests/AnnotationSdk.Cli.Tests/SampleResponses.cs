using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Tests;

/// <summary>Hand-built responses over a team-written article, with every kind and link, while the annotators are elsewhere.</summary>
internal static class SampleResponses
{
    public const string Article =
        "Harbor council, <Tuesday> & more\r\n\r\n" +
        "On March 4, councillor Ines Varga said: “We may need some 200 new berths 🚢.” She added that the plan was “urgent.”\r\n" +
        "A year later, officials reportedly disagreed.";

    /// <summary>The article's annotations, with spans in <paramref name="unit"/>.</summary>
    public static AnnotateResponse Annotated(OffsetUnit unit)
    {
        var offsets = new OffsetMap(Article);
        var response = new AnnotateResponse { DocumentId = "harbor", OffsetUnit = unit, ReferenceDate = "2025-03-06", SchemaVersion = "test" };
        Annotation Add(string id, AnnotationKind kind, string covered, int occurrence = 0)
        {
            var start = Article.IndexOf(covered, StringComparison.Ordinal);
            for (var i = 0; i < occurrence; i++)
            {
                start = Article.IndexOf(covered, start + 1, StringComparison.Ordinal);
            }

            var annotation = new Annotation { Id = id, Kind = kind, Span = Span(start, start + covered.Length), Text = covered, Confidence = 0.9f, Rule = "sample" };
            response.Annotations.Add(annotation);
            return annotation;
        }

        Span Span(int start, int end) => new() { Start = offsets.FromUtf16(start, unit), End = offsets.FromUtf16(end, unit) };
        Span SpanOf(string covered) => Span(Article.IndexOf(covered, StringComparison.Ordinal), Article.IndexOf(covered, StringComparison.Ordinal) + covered.Length);

        Add("d1", AnnotationKind.Date, "March 4").Date = new DateDetail { Type = TemporalType.Date, Value = "2025-03-04" };
        Add("a1", AnnotationKind.Attribution, "councillor Ines Varga").Attribution = new AttributionDetail
        {
            Source = SpanOf("councillor Ines Varga"),
            Cue = SpanOf("said"),
            Speaker = "Ines Varga",
            SourceType = SourceType.Person,
            QuoteIds = { "q1", "q2" },
        };
        Add("q1", AnnotationKind.Quote, "“We may need some 200 new berths 🚢.”").Quote = new QuoteDetail { Style = QuoteStyle.Direct, AttributionId = "a1" };
        Add("h1", AnnotationKind.Hedge, "may").Hedge = new HedgeDetail { Category = HedgeCategory.Epistemic, QuoteId = "q1" };
        Add("h2", AnnotationKind.Hedge, "some 200").Hedge = new HedgeDetail { Category = HedgeCategory.Approximator, QuoteId = "q1" };
        Add("q2", AnnotationKind.Quote, "“urgent.”").Quote = new QuoteDetail { Style = QuoteStyle.Mixed, AttributionId = "a1" };
        Add("d2", AnnotationKind.Date, "A year later").Date = new DateDetail { Type = TemporalType.Date, Value = "2026", AnchorId = "d1" };
        Add("h3", AnnotationKind.Hedge, "reportedly").Hedge = new HedgeDetail { Category = HedgeCategory.Reported };

        // A hedge that crosses the end of q1: the page must still nest its elements properly.
        Add("h4", AnnotationKind.Hedge, "🚢.” She").Hedge = new HedgeDetail { Category = HedgeCategory.Shield };
        return response;
    }
}
