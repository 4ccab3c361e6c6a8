using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.Polnear;

/// <summary>One-to-one matching of predicted against gold spans, greedily in text order.</summary>
internal static class SpanMatcher
{
    /// <summary>Both spans share at least <paramref name="share"/> of each one's length.</summary>
    public static Func<TextSpan, TextSpan, bool> MutualOverlap(double share) => (gold, predicted) =>
    {
        var overlap = Math.Min(gold.End, predicted.End) - Math.Max(gold.Start, predicted.Start);
        return overlap > 0 && overlap >= share * gold.Length && overlap >= share * predicted.Length;
    };

    /// <summary>Pairs (gold index, predicted index); each gold and each predicted item is used at most once.</summary>
    public static List<(int Gold, int Predicted)> Match<TGold, TPredicted>(
        IReadOnlyList<TGold> gold,
        IReadOnlyList<TPredicted> predicted,
        Func<TGold, TPredicted, bool> matches)
    {
        var pairs = new List<(int, int)>();
        var used = new bool[predicted.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && matches(gold[g], predicted[p]))
                {
                    used[p] = true;
                    pairs.Add((g, p));
                    break;
                }
            }
        }

        return pairs;
    }
}
