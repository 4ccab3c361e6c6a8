using System.Globalization;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Diff;

/// <summary>
/// What a reviewer compares in an annotation, as named fields: span, text and the kind's details. A link field keeps
/// the ids it points at (compared through the pairing of old and new annotations, since ids renumber when one
/// annotation is added before them) and shows the targets' kind and span. Confidence and rule are left out: they
/// explain a result, they are not the result.
/// </summary>
internal static class AnnotationFields
{
    public static List<Field> Of(Annotation annotation, IReadOnlyDictionary<string, Annotation> byId)
    {
        var fields = new List<Field> { new("span", SpanText(annotation.Span)), new("text", annotation.Text) };
        switch (annotation.DetailCase)
        {
            case Annotation.DetailOneofCase.Quote:
                fields.Add(new("style", Name(annotation.Quote.Style)));
                fields.Add(Link("attribution", [annotation.Quote.AttributionId], byId));
                break;
            case Annotation.DetailOneofCase.Attribution:
                fields.Add(new("source type", Name(annotation.Attribution.SourceType)));
                fields.Add(new("speaker", annotation.Attribution.Speaker));
                fields.Add(new("cue", SpanText(annotation.Attribution.Cue)));
                fields.Add(Link("quotes", [.. annotation.Attribution.QuoteIds], byId));
                break;
            case Annotation.DetailOneofCase.Date:
                fields.Add(new("type", Name(annotation.Date.Type)));
                fields.Add(new("value", annotation.Date.Value));
                fields.Add(new("mod", annotation.Date.Mod));
                fields.Add(Link("anchor", [annotation.Date.AnchorId], byId));
                break;
            case Annotation.DetailOneofCase.Hedge:
                fields.Add(new("category", Name(annotation.Hedge.Category)));
                fields.Add(Link("in quote", [annotation.Hedge.QuoteId], byId));
                break;
        }

        return fields;
    }

    public static string SpanText(Span? span) => span is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{span.Start}..{span.End}");

    public static string KindName(AnnotationKind kind) => kind switch
    {
        AnnotationKind.Quote => "quote",
        AnnotationKind.Attribution => "attribution",
        AnnotationKind.Date => "date",
        AnnotationKind.Hedge => "hedge",
        _ => "unspecified",
    };

    private static Field Link(string name, string[] ids, IReadOnlyDictionary<string, Annotation> byId)
    {
        var linked = ids.Where(id => id.Length > 0).ToArray();
        var shown = linked.Select(id => byId.TryGetValue(id, out var target) ? $"{KindName(target.Kind)} {SpanText(target.Span)}" : $"missing {id}");
        return new Field(name, string.Join(", ", shown), linked);
    }

    // "QUOTE_STYLE_DIRECT"-style enum names without the prefix, lower case: "direct".
    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}

/// <summary>One compared field; <paramref name="LinkIds"/> is set for a link, whose value is only for display.</summary>
internal sealed record Field(string Name, string Value, string[]? LinkIds = null);
