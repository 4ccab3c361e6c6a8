using System.Globalization;
using System.Text;
using AnnotationSdk.V1;

namespace AnnotationSdk.Testing.Internal;

/// <summary>
/// One line per annotation: id, kind, span (in the response's unit), text, kind details, links, confidence and rule.
/// Problems a reviewer must not miss (text that differs from the span, a span outside the text, a link to a
/// missing annotation or one that does not link back) are written inline, starting with "!".
/// </summary>
internal static class AnnotationLine
{
    public static void Append(StringBuilder output, LocatedAnnotation located, IReadOnlyDictionary<string, LocatedAnnotation> byId, SpanLocator locator)
    {
        var annotation = located.Annotation;
        var parts = new List<string>
        {
            Escaping.Inline(annotation.Id),
            Names.Of(annotation.Kind),
            annotation.Span is { } span ? string.Create(CultureInfo.InvariantCulture, $"{span.Start}..{span.End}") : "no-span",
            Escaping.Quoted(annotation.Text),
        };
        parts.AddRange(Details(located, byId, locator));
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"conf={annotation.Confidence:0.00}"));
        if (annotation.Rule.Length > 0)
        {
            parts.Add("rule=" + Escaping.Inline(annotation.Rule));
        }

        parts.AddRange(Problems(located, locator));
        output.AppendJoin(' ', parts).Append('\n');
    }

    private static IEnumerable<string> Details(LocatedAnnotation located, IReadOnlyDictionary<string, LocatedAnnotation> byId, SpanLocator locator)
    {
        var annotation = located.Annotation;
        switch (annotation.DetailCase)
        {
            case Annotation.DetailOneofCase.Quote:
                yield return Names.Of(annotation.Quote.Style);
                yield return Link("attribution", annotation.Quote.AttributionId, annotation.Id, byId, a => a.Attribution?.QuoteIds);
                break;
            case Annotation.DetailOneofCase.Attribution:
                var attribution = annotation.Attribution;
                yield return Names.Of(attribution.SourceType);
                yield return "speaker=" + Escaping.Quoted(attribution.Speaker);
                yield return "cue=" + SpanWithText(attribution.Cue, locator);
                if (attribution.Source is { } source && !source.Equals(annotation.Span))
                {
                    yield return "source=" + SpanWithText(source, locator);
                }

                yield return "quotes=" + (attribution.QuoteIds.Count == 0
                    ? "-"
                    : string.Join(',', attribution.QuoteIds.Select(id => Link(null, id, annotation.Id, byId, a => a.Quote is { } q ? [q.AttributionId] : null))));
                break;
            case Annotation.DetailOneofCase.Date:
                yield return Names.Of(annotation.Date.Type);
                yield return "value=" + Escaping.Inline(annotation.Date.Value);
                if (annotation.Date.Mod.Length > 0)
                {
                    yield return "mod=" + Escaping.Inline(annotation.Date.Mod);
                }

                yield return Link("anchor", annotation.Date.AnchorId, null, byId, _ => null);
                break;
            case Annotation.DetailOneofCase.Hedge:
                yield return Names.Of(annotation.Hedge.Category);
                // A speaker's hedge must sit inside the speaker's quote.
                var inside = !byId.TryGetValue(annotation.Hedge.QuoteId, out var quote) || (quote.Start <= located.Start && located.End <= quote.End);
                yield return Link("quote", annotation.Hedge.QuoteId, null, byId, _ => null) + (inside ? string.Empty : "(!not-inside)");
                break;
            default:
                yield return "!no-detail";
                break;
        }
    }

    // "name=id" for a link; "-" when empty; flags a link to nothing, and a link the target does not return.
    private static string Link(string? name, string id, string? backId, IReadOnlyDictionary<string, LocatedAnnotation> byId, Func<Annotation, IEnumerable<string>?> backLinks)
    {
        var prefix = name is null ? string.Empty : name + "=";
        if (id.Length == 0)
        {
            return prefix + "-";
        }

        if (!byId.TryGetValue(id, out var target))
        {
            return prefix + Escaping.Inline(id) + "(!missing)";
        }

        var linksBack = backId is null || (backLinks(target.Annotation)?.Contains(backId, StringComparer.Ordinal) ?? false);
        return prefix + Escaping.Inline(id) + (linksBack ? string.Empty : "(!no-backlink)");
    }

    private static string SpanWithText(Span? span, SpanLocator locator)
    {
        if (span is null || (span.Start == 0 && span.End == 0))
        {
            return "-";
        }

        var (start, end, inRange) = locator.Locate(span);
        return string.Create(CultureInfo.InvariantCulture, $"{span.Start}..{span.End}") + (inRange ? Escaping.Quoted(locator.TextOf(start, end)) : "(!out-of-range)");
    }

    private static IEnumerable<string> Problems(LocatedAnnotation located, SpanLocator locator)
    {
        if (!located.SpanInRange)
        {
            yield return "!span-out-of-range";
            yield break;
        }

        var covered = locator.TextOf(located.Start, located.End);
        if (!string.Equals(covered, located.Annotation.Text, StringComparison.Ordinal))
        {
            yield return "!text-differs-from-span " + Escaping.Quoted(covered);
        }
    }
}
