using AnnotationSdk.V1;

namespace AnnotationSdk.Client;

/// <summary>
/// The annotations of one document, as sent and as typed views whose links (quote → attribution, hedge →
/// quote, date → anchor) are resolved to objects.
/// </summary>
public sealed class AnnotationResult
{
    private readonly OffsetMap _offsets;

    /// <summary>Wraps a response to <paramref name="document"/>; the views are built once, here.</summary>
    /// <param name="document">The document that was annotated; its text is what spans point into.</param>
    /// <param name="response">The server's response for it.</param>
    /// <exception cref="ArgumentOutOfRangeException">A span does not fit the text.</exception>
    public AnnotationResult(Document document, AnnotateResponse response)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(response);
        Document = document;
        Response = response;
        Annotations = response.Annotations;
        _offsets = new OffsetMap(document.Text);
        var views = AnnotationViewBuilder.Build(this);
        Quotes = views.Quotes;
        Attributions = views.Attributions;
        Dates = views.Dates;
        Hedges = views.Hedges;
    }

    /// <summary>The annotated document.</summary>
    public Document Document { get; }

    /// <summary>The server's response as sent.</summary>
    public AnnotateResponse Response { get; }

    /// <summary>All annotations, ordered by span start, then kind.</summary>
    public IReadOnlyList<Annotation> Annotations { get; }

    /// <summary>The quotes, each with its resolved attribution and speaker.</summary>
    public IReadOnlyList<QuoteView> Quotes { get; }

    /// <summary>The attributions, each with the quotes it introduces.</summary>
    public IReadOnlyList<AttributionView> Attributions { get; }

    /// <summary>The date and time expressions, each with its parsed TIMEX3 value.</summary>
    public IReadOnlyList<DateView> Dates { get; }

    /// <summary>The hedges, each with the quote it sits in.</summary>
    public IReadOnlyList<HedgeView> Hedges { get; }

    /// <summary>The text an annotation of this result covers, whatever offset unit the response used.</summary>
    /// <param name="annotation">An annotation of <see cref="Response"/>.</param>
    /// <returns>The covered text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit the text.</exception>
    public string GetText(Annotation annotation) => annotation.GetText(_offsets, Document.Text, Response.OffsetUnit);

    /// <summary>The text a span of this result covers (an attribution's cue, say), in the response's offset unit.</summary>
    /// <param name="span">A span of <see cref="Response"/>.</param>
    /// <returns>The covered text; empty for a null span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit the text.</exception>
    public string GetText(Span? span) => span is null ? string.Empty : GetText(new Annotation { Span = span });
}
