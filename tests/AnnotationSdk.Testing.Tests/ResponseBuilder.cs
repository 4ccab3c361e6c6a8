using AnnotationSdk.V1;

namespace AnnotationSdk.Testing.Tests;

/// <summary>Builds an AnnotateResponse by hand, finding each annotation by its text so tests read as prose.</summary>
internal sealed class ResponseBuilder(string text, OffsetUnit unit = OffsetUnit.CodePoint)
{
    private readonly OffsetMap _offsets = new(text);
    private readonly AnnotateResponse _response = new() { DocumentId = "fixture", OffsetUnit = unit, ReferenceDate = "2025-04-30", SchemaVersion = "test" };

    public AnnotateResponse Response => _response;

    /// <summary>The span of the <paramref name="occurrence"/>-th <paramref name="covered"/> in the text, in the response's unit.</summary>
    public Span SpanOf(string covered, int occurrence = 1)
    {
        var start = -1;
        for (var i = 0; i < occurrence; i++)
        {
            start = text.IndexOf(covered, start + 1, StringComparison.Ordinal);
        }

        Assert.True(start >= 0, $"'{covered}' is not in the text");
        return new Span { Start = _offsets.FromUtf16(start, unit), End = _offsets.FromUtf16(start + covered.Length, unit) };
    }

    public Annotation Add(string id, AnnotationKind kind, string covered, int occurrence = 1)
    {
        var annotation = new Annotation { Id = id, Kind = kind, Span = SpanOf(covered, occurrence), Text = covered, Confidence = 0.9f, Rule = kind.ToString().ToLowerInvariant() + ".test" };
        _response.Annotations.Add(annotation);
        return annotation;
    }

    public ResponseBuilder Quote(string id, string covered, QuoteStyle style, string attributionId = "")
    {
        Add(id, AnnotationKind.Quote, covered).Quote = new QuoteDetail { Style = style, AttributionId = attributionId };
        return this;
    }

    public ResponseBuilder Attribution(string id, string source, string cue, string speaker, SourceType type, params string[] quoteIds)
    {
        Add(id, AnnotationKind.Attribution, source).Attribution = new AttributionDetail
        {
            Source = SpanOf(source),
            Cue = SpanOf(cue),
            Speaker = speaker,
            SourceType = type,
            QuoteIds = { quoteIds },
        };
        return this;
    }

    public ResponseBuilder Date(string id, string covered, string value, string anchorId = "", string mod = "")
    {
        Add(id, AnnotationKind.Date, covered).Date = new DateDetail { Type = TemporalType.Date, Value = value, AnchorId = anchorId, Mod = mod };
        return this;
    }

    public ResponseBuilder Hedge(string id, string covered, HedgeCategory category, string quoteId = "")
    {
        Add(id, AnnotationKind.Hedge, covered).Hedge = new HedgeDetail { Category = category, QuoteId = quoteId };
        return this;
    }
}
