using System.Text;

namespace AnnotationSdk.Cli.Output;

/// <summary>A highlight over UTF-16 positions [Start, End) of the text, with the HTML element that shows it.</summary>
internal sealed record Highlight(int Start, int End, string Key, string OpenTag, string ContinuationTag);

/// <summary>
/// Writes the text with highlights as properly nested HTML elements. Highlights may overlap without nesting (a cue
/// inside one quote and reaching into the next); at every boundary the open elements that no longer fit are closed
/// and reopened as continuations, so the markup stays valid and each highlight's first element carries its id.
/// </summary>
internal static class HighlightedText
{
    public static void Append(StringBuilder output, string text, IReadOnlyList<Highlight> highlights)
    {
        // Outer first: by start, then longer first.
        var ordered = highlights.Where(h => h.End > h.Start).OrderBy(h => h.Start).ThenByDescending(h => h.End).ThenBy(h => h.Key, StringComparer.Ordinal).ToList();
        var boundaries = ordered.SelectMany(h => new[] { h.Start, h.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var open = new List<Highlight>();
        var opened = new HashSet<Highlight>();
        var next = 0;
        var active = new List<Highlight>();
        for (var b = 0; b + 1 < boundaries.Count; b++)
        {
            int from = boundaries[b], to = boundaries[b + 1];
            active.RemoveAll(h => h.End <= from);
            while (next < ordered.Count && ordered[next].Start <= from)
            {
                active.Add(ordered[next++]);
            }

            // Keep what stays open in nesting order; close the rest, open the missing.
            var wanted = active.OrderBy(h => h.Start).ThenByDescending(h => h.End).ThenBy(h => h.Key, StringComparer.Ordinal).ToList();
            var common = 0;
            while (common < open.Count && common < wanted.Count && ReferenceEquals(open[common], wanted[common]))
            {
                common++;
            }

            for (var i = open.Count - 1; i >= common; i--)
            {
                output.Append("</span>");
            }

            open.RemoveRange(common, open.Count - common);
            for (var i = common; i < wanted.Count; i++)
            {
                output.Append(opened.Add(wanted[i]) ? wanted[i].OpenTag : wanted[i].ContinuationTag);
                open.Add(wanted[i]);
            }

            HtmlText.Append(output, text, from, to);
        }

        for (var i = 0; i < open.Count; i++)
        {
            output.Append("</span>");
        }
    }
}
