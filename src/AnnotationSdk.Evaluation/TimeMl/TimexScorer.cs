using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.TimeMl;

/// <summary>A predicted temporal expression, as the scorer sees it.</summary>
public sealed record PredictedTimex(TextSpan Span, string Type, string Value, string Mod);

/// <summary>Aligns predicted and gold TIMEX3s of one document and counts matches.</summary>
public static class TimexScorer
{
    /// <summary>Scores one document. <paramref name="onMismatch"/> receives every gold or predicted timex
    /// that is missed, spurious, or matched with a different span or value (gold may be null when spurious).</summary>
    public static TimexScore Score(
        IReadOnlyList<GoldTimex> gold, IReadOnlyList<PredictedTimex> predicted, Action<GoldTimex?, PredictedTimex?>? onMismatch = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var golds = gold.OrderBy(g => g.Span.Start).ToList();
        var predictions = predicted.OrderBy(p => p.Span.Start).ToList();
        var used = new bool[predictions.Count];
        int strict = 0, relaxed = 0, valueCorrect = 0, first = 0;
        foreach (var g in golds)
        {
            // Both lists are sorted by start, so predictions ending before this gold can be skipped for good.
            while (first < predictions.Count && predictions[first].Span.End <= g.Span.Start)
            {
                first++;
            }

            var match = -1;
            for (var p = first; p < predictions.Count && predictions[p].Span.Start < g.Span.End; p++)
            {
                if (!used[p] && predictions[p].Span.Overlaps(g.Span))
                {
                    match = p;
                    if (predictions[p].Span == g.Span)
                    {
                        break;
                    }
                }
            }

            if (match < 0)
            {
                onMismatch?.Invoke(g, null);
                continue;
            }

            used[match] = true;
            var prediction = predictions[match];
            relaxed++;
            var exact = prediction.Span == g.Span;
            var sameValue = string.Equals(prediction.Value, g.Value, StringComparison.Ordinal);
            strict += exact ? 1 : 0;
            valueCorrect += sameValue ? 1 : 0;
            if (!exact || !sameValue)
            {
                onMismatch?.Invoke(g, prediction);
            }
        }

        for (var p = 0; p < predictions.Count; p++)
        {
            if (!used[p])
            {
                onMismatch?.Invoke(null, predictions[p]);
            }
        }

        return new TimexScore(strict, relaxed, valueCorrect, predictions.Count, golds.Count);
    }
}
