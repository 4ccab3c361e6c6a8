using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Tests.Pipeline;

/// <summary>Everything an annotation says, a line each, including what it links to: results compared as lists of these.</summary>
internal static class AnnotationLines
{
    public static List<string> Of(IEnumerable<EngineAnnotation> annotations) =>
    [
        .. annotations.Select(a => $"{a.Id} {a.Span} {a.Rule} {a.Confidence} " + a switch
        {
            AttributionAnnotation attribution =>
                $"{attribution.Cue} '{attribution.Speaker}' {attribution.SourceType} [{string.Join(",", attribution.Quotes.Select(q => q.Id))}]",
            QuoteAnnotation quote => $"{quote.Style} {quote.Attribution?.Id}",
            DateAnnotation date => $"{date.Type} {date.Value} {date.Mod} {date.Anchor?.Id}",
            HedgeAnnotation hedge => $"{hedge.Category} {hedge.Quote?.Id}",
            _ => throw new InvalidOperationException($"an annotation of kind {a.Kind}"),
        }),
    ];
}
