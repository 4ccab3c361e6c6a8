using System.Globalization;
using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;
using AnnotationSdk.V1;
using V1 = AnnotationSdk.V1;

namespace AnnotationSdk.Server.Documents;

/// <summary>
/// Maps what the engine found (UTF-16 spans, object links) to the contract (spans in the asked unit, id links). The
/// server's protobuf writer (<see cref="ResponseProtobuf"/>) and the CLI's JSONL writer write the same answer straight
/// from the engine's result and ask each decision of it here (kind, offsets, link ids, the text covered, the reference
/// date), so none of them can drift apart.
/// </summary>
public static class ResponseMapper
{
    public static AnnotateResponse Map(ValidatedRequest request, AnnotationResult result)
    {
        var text = result.Text;
        var unit = request.OffsetUnit;
        var offsets = OffsetsFor(text, unit);
        var response = new AnnotateResponse
        {
            DocumentId = request.Document.Id,
            OffsetUnit = unit,
            SchemaVersion = AnnotationEngine.SchemaVersion,
            ReferenceDate = ReferenceDate(result),
            ReferenceDateDefaulted = request.ReferenceDateDefaulted,
        };

        // Indexed and sized up front, as every answer of the server passes here: no enumerator behind an
        // interface, no regrowth of the list (nor a LINQ iterator per attribution below).
        var annotations = result.Annotations;
        response.Annotations.Capacity = annotations.Count;
        for (var i = 0; i < annotations.Count; i++)
        {
            response.Annotations.Add(Map(annotations[i], text, offsets, unit));
        }

        return response;
    }

    /// <summary>What converts the engine's UTF-16 positions to <paramref name="unit"/>: none when they are already in it.</summary>
    public static OffsetMap? OffsetsFor(string text, OffsetUnit unit) => unit == OffsetUnit.Utf16CodeUnit ? null : new OffsetMap(text);

    /// <summary>A span's start and end in the asked unit, with the map of <see cref="OffsetsFor"/>.</summary>
    public static (int Start, int End) Convert(TextSpan span, OffsetMap? offsets, OffsetUnit unit) => offsets is null
        ? (span.Start, span.End)
        : (offsets.FromUtf16(span.Start, unit), offsets.FromUtf16(span.End, unit));

    /// <summary>The text an annotation covers, as the answer's <c>text</c>.</summary>
    public static ReadOnlySpan<char> Covered(string text, EngineAnnotation annotation) => text.AsSpan(annotation.Span.Start, annotation.Span.Length);

    /// <summary>The answer's reference date: the one the engine resolved dates against.</summary>
    public static string ReferenceDate(AnnotationResult result) => result.ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A link to another annotation, by its id; empty when there is none.</summary>
    public static string LinkId(EngineAnnotation? target) => target?.Id ?? string.Empty;

    public static V1.AnnotationKind Kind(EngineAnnotation annotation) => annotation switch
    {
        QuoteAnnotation => V1.AnnotationKind.Quote,
        AttributionAnnotation => V1.AnnotationKind.Attribution,
        DateAnnotation => V1.AnnotationKind.Date,
        HedgeAnnotation => V1.AnnotationKind.Hedge,
        _ => throw new InvalidOperationException($"The engine produced an annotation of unknown type {annotation.GetType().Name}."),
    };

    private static V1.Annotation Map(EngineAnnotation annotation, string text, OffsetMap? offsets, OffsetUnit unit)
    {
        var message = new V1.Annotation
        {
            Id = annotation.Id,
            Kind = Kind(annotation),
            Span = Span(annotation.Span, offsets, unit),
            Text = Covered(text, annotation).ToString(),
            Confidence = annotation.Confidence,
            Rule = annotation.Rule,
        };
        switch (annotation)
        {
            case QuoteAnnotation quote:
                message.Quote = new QuoteDetail { Style = Map(quote.Style), AttributionId = LinkId(quote.Attribution) };
                break;
            case AttributionAnnotation attribution:
                var detail = new AttributionDetail
                {
                    Source = Span(attribution.Span, offsets, unit),
                    Cue = Span(attribution.Cue, offsets, unit),
                    Speaker = attribution.Speaker,
                    SourceType = Map(attribution.SourceType),
                };
                foreach (var quote in attribution.Quotes)
                {
                    detail.QuoteIds.Add(quote.Id);
                }

                message.Attribution = detail;
                break;
            case DateAnnotation date:
                message.Date = new DateDetail { Type = Map(date.Type), Value = date.Value, Mod = date.Mod, AnchorId = LinkId(date.Anchor) };
                break;
            case HedgeAnnotation hedge:
                message.Hedge = new HedgeDetail { Category = Map(hedge.Category), QuoteId = LinkId(hedge.Quote) };
                break;
        }

        return message;
    }

    private static V1.Span Span(TextSpan span, OffsetMap? offsets, OffsetUnit unit)
    {
        var (start, end) = Convert(span, offsets, unit);
        return new V1.Span { Start = start, End = end };
    }

    public static V1.QuoteStyle Map(Engine.Model.QuoteStyle style) => style switch
    {
        Engine.Model.QuoteStyle.Direct => V1.QuoteStyle.Direct,
        Engine.Model.QuoteStyle.Mixed => V1.QuoteStyle.Mixed,
        Engine.Model.QuoteStyle.Scare => V1.QuoteStyle.Scare,
        Engine.Model.QuoteStyle.Indirect => V1.QuoteStyle.Indirect,
        _ => V1.QuoteStyle.Unspecified,
    };

    public static V1.SourceType Map(Engine.Model.SourceType type) => type switch
    {
        Engine.Model.SourceType.Person => V1.SourceType.Person,
        Engine.Model.SourceType.Organization => V1.SourceType.Organization,
        Engine.Model.SourceType.Anonymous => V1.SourceType.Anonymous,
        Engine.Model.SourceType.Document => V1.SourceType.Document,
        _ => V1.SourceType.Unspecified,
    };

    public static V1.TemporalType Map(Engine.Model.TemporalType type) => type switch
    {
        Engine.Model.TemporalType.Date => V1.TemporalType.Date,
        Engine.Model.TemporalType.Time => V1.TemporalType.Time,
        Engine.Model.TemporalType.Duration => V1.TemporalType.Duration,
        Engine.Model.TemporalType.Set => V1.TemporalType.Set,
        _ => V1.TemporalType.Unspecified,
    };

    public static V1.HedgeCategory Map(Engine.Model.HedgeCategory category) => category switch
    {
        Engine.Model.HedgeCategory.Epistemic => V1.HedgeCategory.Epistemic,
        Engine.Model.HedgeCategory.Doxastic => V1.HedgeCategory.Doxastic,
        Engine.Model.HedgeCategory.Shield => V1.HedgeCategory.Shield,
        Engine.Model.HedgeCategory.Reported => V1.HedgeCategory.Reported,
        Engine.Model.HedgeCategory.Unsourced => V1.HedgeCategory.Unsourced,
        Engine.Model.HedgeCategory.Approximator => V1.HedgeCategory.Approximator,
        _ => V1.HedgeCategory.Unspecified,
    };
}
