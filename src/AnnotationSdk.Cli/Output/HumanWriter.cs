using System.Globalization;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Output;

/// <summary>The human view: one line per annotation, with its details and links, coloured by kind in a terminal.</summary>
public sealed class HumanWriter(TextWriter writer, bool color)
{
    public void Write(string name, AnnotateResponse response)
    {
        var header = string.Create(CultureInfo.InvariantCulture,
            $"{name}: {response.Annotations.Count} annotations, reference date {response.ReferenceDate}{(response.ReferenceDateDefaulted ? " (today: the document gave none)" : string.Empty)}, offsets in {UnitName(response.OffsetUnit)}");
        writer.WriteLine(Paint(header, "1"));
        var byId = response.Annotations.ToDictionary(a => a.Id);
        foreach (var annotation in response.Annotations)
        {
            var line = string.Create(CultureInfo.InvariantCulture,
                $"  {annotation.Id,-5} {KindName(annotation.Kind),-11} {annotation.Span.Start,6}-{annotation.Span.End,-6} {Quote(annotation.Text)}  {Details(annotation, byId)}");
            writer.WriteLine(Paint(line.TrimEnd(), KindColor(annotation.Kind)));
        }

        writer.WriteLine();
    }

    private static string Details(Annotation annotation, Dictionary<string, Annotation> byId) => annotation.DetailCase switch
    {
        Annotation.DetailOneofCase.Quote => Join(
            Name(annotation.Quote.Style),
            annotation.Quote.AttributionId.Length == 0 ? "unattributed" : $"said by {Speaker(annotation.Quote.AttributionId, byId)} ({annotation.Quote.AttributionId})"),
        Annotation.DetailOneofCase.Attribution => Join(
            Name(annotation.Attribution.SourceType),
            annotation.Attribution.Speaker.Length > 0 ? $"speaker \"{annotation.Attribution.Speaker}\"" : string.Empty,
            annotation.Attribution.Cue is { } cue && cue.End > cue.Start ? string.Create(CultureInfo.InvariantCulture, $"cue {cue.Start}-{cue.End}") : string.Empty,
            annotation.Attribution.QuoteIds.Count > 0 ? "quotes " + string.Join(",", annotation.Attribution.QuoteIds) : string.Empty),
        Annotation.DetailOneofCase.Date => Join(
            Name(annotation.Date.Type),
            annotation.Date.Value,
            annotation.Date.Mod.Length > 0 ? "mod " + annotation.Date.Mod : string.Empty,
            annotation.Date.AnchorId.Length > 0 ? "anchor " + annotation.Date.AnchorId : string.Empty),
        Annotation.DetailOneofCase.Hedge => Join(
            Name(annotation.Hedge.Category),
            annotation.Hedge.QuoteId.Length > 0 ? "in " + annotation.Hedge.QuoteId : string.Empty),
        _ => string.Empty,
    };

    private static string Speaker(string attributionId, Dictionary<string, Annotation> byId) =>
        byId.TryGetValue(attributionId, out var attribution) && attribution.Attribution.Speaker.Length > 0
            ? attribution.Attribution.Speaker
            : byId.TryGetValue(attributionId, out attribution) ? attribution.Text : "?";

    private static string Join(params string[] parts) => string.Join("  ", parts.Where(p => p.Length > 0));

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    private static string KindName(AnnotationKind kind) => kind.ToString().ToUpperInvariant();

    private static string UnitName(OffsetUnit unit) => unit switch
    {
        OffsetUnit.Utf16CodeUnit => "UTF-16 code units",
        OffsetUnit.Utf8Byte => "UTF-8 bytes",
        _ => "code points",
    };

    // One line per annotation, however long the quote: newlines shown as ⏎, the middle elided.
    private static string Quote(string text)
    {
        var flat = text.Replace("\r\n", "⏎", StringComparison.Ordinal).Replace('\n', '⏎').Replace('\r', '⏎');
        return "\"" + (flat.Length <= 70 ? flat : flat[..40] + " … " + flat[^25..]) + "\"";
    }

    private static string KindColor(AnnotationKind kind) => kind switch
    {
        AnnotationKind.Quote => "32",
        AnnotationKind.Attribution => "36",
        AnnotationKind.Date => "34",
        AnnotationKind.Hedge => "33",
        _ => "0",
    };

    private string Paint(string text, string code) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
