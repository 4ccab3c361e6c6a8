using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Pipeline;

/// <summary>What the engine found in one document, in text order, with ids assigned.</summary>
public sealed class AnnotationResult(string text, DateOnly referenceDate, IReadOnlyList<EngineAnnotation> annotations)
{
    public string Text { get; } = text;

    public DateOnly ReferenceDate { get; } = referenceDate;

    /// <summary>Ordered by span start, then by kind (quote, attribution, date, hedge), then by span end.</summary>
    public IReadOnlyList<EngineAnnotation> Annotations { get; } = annotations;

    public IEnumerable<QuoteAnnotation> Quotes => Annotations.OfType<QuoteAnnotation>();

    public IEnumerable<AttributionAnnotation> Attributions => Annotations.OfType<AttributionAnnotation>();

    public IEnumerable<DateAnnotation> Dates => Annotations.OfType<DateAnnotation>();

    public IEnumerable<HedgeAnnotation> Hedges => Annotations.OfType<HedgeAnnotation>();
}
