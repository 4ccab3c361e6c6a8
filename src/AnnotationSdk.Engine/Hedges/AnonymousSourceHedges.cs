using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Hedges;

/// <summary>
/// Turns attributions to anonymous sources ("officials said", "one source told") into UNSOURCED hedges, when the
/// attribution annotator found them and the lexicon did not already cover the spot.
/// </summary>
internal static class AnonymousSourceHedges
{
    /// <summary>A cue further than this from its source ("Sources, speaking on condition…, said") is left out of the span.</summary>
    private const int MaxCueGap = 24;

    /// <summary>Adds the hedges to <paramref name="hedges"/>, which must be sorted by start, and keeps it sorted.</summary>
    public static void AddTo(List<HedgeAnnotation> hedges, List<AttributionAnnotation> attributions)
    {
        List<HedgeAnnotation>? candidates = null;
        foreach (var attribution in attributions)
        {
            if (attribution.SourceType == SourceType.Anonymous && !attribution.Span.IsEmpty)
            {
                (candidates ??= []).Add(new HedgeAnnotation(SpanOf(attribution), HedgeCategory.Unsourced, "hedge.unsourced.attribution", 0.7f));
            }
        }

        if (candidates is null)
        {
            return;
        }

        // Usually in text order already; otherwise a stable sort, so candidates at the same start keep their order.
        if (!IsSortedByStart(candidates))
        {
            candidates = candidates.OrderBy(h => h.Span.Start).ToList();
        }

        // Both lists are sorted: one merge pass keeps a candidate only if no lexicon hedge overlaps it.
        var merged = new List<HedgeAnnotation>(hedges.Count + candidates.Count);
        var h = 0;
        foreach (var candidate in candidates)
        {
            while (h < hedges.Count && hedges[h].Span.Start < candidate.Span.Start)
            {
                merged.Add(hedges[h++]);
            }

            var overlapsPrevious = merged.Count > 0 && merged[^1].Span.Overlaps(candidate.Span);
            var overlapsNext = h < hedges.Count && hedges[h].Span.Overlaps(candidate.Span);
            if (!overlapsPrevious && !overlapsNext)
            {
                merged.Add(candidate);
            }
        }

        merged.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(hedges)[h..]);
        hedges.Clear();
        hedges.AddRange(merged);
    }

    private static bool IsSortedByStart(List<HedgeAnnotation> hedges)
    {
        for (var i = 1; i < hedges.Count; i++)
        {
            if (hedges[i].Span.Start < hedges[i - 1].Span.Start)
            {
                return false;
            }
        }

        return true;
    }

    private static TextSpan SpanOf(AttributionAnnotation attribution)
    {
        var source = attribution.Span;
        var cue = attribution.Cue;
        if (cue.IsEmpty)
        {
            return source;
        }

        var gap = cue.Start >= source.End ? cue.Start - source.End : source.Start - cue.End;
        return gap is >= 0 and <= MaxCueGap ? TextSpan.Cover(source, cue) : source;
    }
}
