using System.Globalization;
using System.Text;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Output;

/// <summary>The response laid over its text for the HTML page: highlights with hover titles, and the side list.</summary>
internal sealed class AnnotatedPage
{
    private readonly string _text;
    private readonly OffsetMap _offsets;
    private readonly OffsetUnit _unit;
    private readonly List<Annotation> _annotations;
    private readonly Dictionary<string, Annotation> _byId;

    public AnnotatedPage(string text, AnnotateResponse response)
    {
        _text = text;
        _offsets = new OffsetMap(text);
        _unit = response.OffsetUnit;
        _annotations = [.. response.Annotations.OrderBy(a => a.Span?.Start ?? 0)];
        _byId = _annotations.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Highlights = [.. _annotations.SelectMany(HighlightsOf)];
    }

    public List<Highlight> Highlights { get; }

    public void AppendSideList(StringBuilder html)
    {
        Section(html, "Quotes", AnnotationKind.Quote, q => string.Concat(
            Excerpt(q.Text, addMarks: false),
            " ",
            Name(q.Quote.Style),
            q.Quote.AttributionId.Length > 0 && _byId.TryGetValue(q.Quote.AttributionId, out var a)
                ? $" — said by <a href=\"#{Anchor(a.Id)}\">{HtmlText.Escape(SpeakerName(a))}</a>"
                : " — unattributed"));
        Section(html, "Speakers", AnnotationKind.Attribution, a => string.Concat(
            HtmlText.Escape(SpeakerName(a)),
            " (", Name(a.Attribution.SourceType), ")",
            CueText(a) is { Length: > 0 } cue ? $", cue <a href=\"#cue-{HtmlText.Escape(a.Id)}\">{HtmlText.Escape(cue)}</a>" : string.Empty,
            a.Attribution.QuoteIds.Count > 0 ? ", quotes " + string.Join(" ", a.Attribution.QuoteIds.Select(id => $"<a href=\"#{Anchor(id)}\">{HtmlText.Escape(id)}</a>")) : string.Empty));
        Section(html, "Dates", AnnotationKind.Date, d => $"{Quoted(d.Text)} = <code>{HtmlText.Escape(DateValue(d))}</code>");
        Section(html, "Hedges", AnnotationKind.Hedge, h => string.Concat(
            Quoted(h.Text),
            " ",
            Name(h.Hedge.Category),
            h.Hedge.QuoteId.Length > 0 ? $", in quote <a href=\"#{Anchor(h.Hedge.QuoteId)}\">{HtmlText.Escape(h.Hedge.QuoteId)}</a>" : string.Empty));
    }

    private void Section(StringBuilder html, string title, AnnotationKind kind, Func<Annotation, string> describe)
    {
        var items = _annotations.Where(a => a.Kind == kind).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{title} ({items.Count})</h2><ol>");
        foreach (var annotation in items)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{Anchor(annotation.Id)}\">{HtmlText.Escape(annotation.Id)}</a> ").Append(describe(annotation)).Append("</li>");
        }

        html.Append("</ol></section>\n");
    }

    private IEnumerable<Highlight> HighlightsOf(Annotation annotation)
    {
        var (start, end) = Locate(annotation.Span);
        var id = HtmlText.Escape(annotation.Id);
        var (classes, title, extra) = annotation.DetailCase switch
        {
            Annotation.DetailOneofCase.Quote => (
                "quote " + Name(annotation.Quote.Style),
                $"Quote ({Name(annotation.Quote.Style)})" + (_byId.TryGetValue(annotation.Quote.AttributionId, out var a) ? $", said by {SpeakerName(a)}" : ", unattributed"),
                annotation.Quote.AttributionId.Length > 0 ? $" data-attribution=\"{HtmlText.Escape(annotation.Quote.AttributionId)}\"" : string.Empty),
            Annotation.DetailOneofCase.Attribution => (
                "speaker " + Name(annotation.Attribution.SourceType),
                $"Speaker: {SpeakerName(annotation)} ({Name(annotation.Attribution.SourceType)})" + (CueText(annotation) is { Length: > 0 } cue ? $", cue “{cue}”" : string.Empty),
                string.Empty),
            Annotation.DetailOneofCase.Date => ("date", $"Date: {DateValue(annotation)}", string.Empty),
            Annotation.DetailOneofCase.Hedge => (
                "hedge " + Name(annotation.Hedge.Category),
                $"Hedge: {Name(annotation.Hedge.Category)}" + (annotation.Hedge.QuoteId.Length > 0 ? $", the speaker’s (in quote {annotation.Hedge.QuoteId})" : string.Empty),
                string.Empty),
            _ => ("unknown", "Annotation", string.Empty),
        };
        var attributes = $"class=\"hl {classes}\" data-id=\"{id}\" data-kind=\"{Name(annotation.Kind)}\" title=\"{HtmlText.Escape(title)}\"{extra}";
        yield return new Highlight(start, end, annotation.Id, $"<span id=\"{Anchor(annotation.Id)}\" {attributes}>", $"<span {attributes.Replace("class=\"hl ", "class=\"hl cont ", StringComparison.Ordinal)}>");

        if (annotation.DetailCase == Annotation.DetailOneofCase.Attribution && annotation.Attribution.Cue is { } cueSpan && cueSpan.End > cueSpan.Start)
        {
            var (cueStart, cueEnd) = Locate(cueSpan);
            var cueAttributes = $"class=\"hl cue\" data-id=\"cue-{id}\" data-kind=\"cue\" title=\"{HtmlText.Escape($"Cue of {SpeakerName(annotation)}")}\"";
            yield return new Highlight(cueStart, cueEnd, "cue-" + annotation.Id, $"<span id=\"cue-{id}\" {cueAttributes}>", $"<span {cueAttributes.Replace("class=\"hl ", "class=\"hl cont ", StringComparison.Ordinal)}>");
        }
    }

    private (int Start, int End) Locate(Span? span)
    {
        if (span is null)
        {
            return (0, 0);
        }

        var length = _offsets.FromUtf16(_text.Length, _unit);
        var start = _offsets.ToUtf16(Math.Clamp(span.Start, 0, length), _unit);
        var end = _offsets.ToUtf16(Math.Clamp(span.End, 0, length), _unit);
        return (start, Math.Max(start, end));
    }

    private string CueText(Annotation attribution)
    {
        var (start, end) = Locate(attribution.Attribution.Cue);
        return _text[start..end];
    }

    private string DateValue(Annotation date)
    {
        var detail = date.Date;
        var value = new StringBuilder(detail.Value.Length == 0 ? "(no value)" : detail.Value).Append(" (").Append(Name(detail.Type));
        if (detail.Mod.Length > 0)
        {
            value.Append(", ").Append(detail.Mod);
        }

        if (detail.AnchorId.Length > 0)
        {
            value.Append(", from ").Append(_byId.TryGetValue(detail.AnchorId, out var anchor) ? $"“{anchor.Text}”" : detail.AnchorId);
        }

        return value.Append(')').ToString();
    }

    private static string SpeakerName(Annotation attribution) =>
        attribution.Attribution?.Speaker is { Length: > 0 } speaker ? speaker : attribution.Text;

    private static string Anchor(string id) => "ann-" + HtmlText.Escape(id);

    private static string Quoted(string text) => Excerpt(text, addMarks: true);

    // A quote's text carries its own marks; anything else gets them here.
    private static string Excerpt(string text, bool addMarks)
    {
        var shown = HtmlText.Escape(text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 60), " … ", text.AsSpan(text.Length - 15)));
        return addMarks ? $"<span class=\"excerpt\">“{shown}”</span>" : $"<span class=\"excerpt\">{shown}</span>";
    }

    // QUOTE_STYLE_DIRECT → "direct": the enum member name, lower case.
    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
