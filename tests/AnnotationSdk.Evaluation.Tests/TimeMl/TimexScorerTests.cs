using AnnotationSdk.Engine.Text;
using AnnotationSdk.Evaluation.TimeMl;

namespace AnnotationSdk.Evaluation.Tests.TimeMl;

public class TimexScorerTests
{
    private static GoldTimex Gold(int start, int end, string value) => new(new TextSpan(start, end), "DATE", value, string.Empty);

    private static PredictedTimex Predicted(int start, int end, string value) => new(new TextSpan(start, end), "DATE", value, string.Empty);

    [Fact]
    public void Counts_strict_relaxed_and_value_matches()
    {
        GoldTimex[] gold = [Gold(0, 10, "2001"), Gold(20, 30, "2002"), Gold(40, 50, "2003")];
        PredictedTimex[] predicted = [Predicted(0, 10, "2001"), Predicted(18, 25, "1999"), Predicted(60, 70, "2004")];

        var score = TimexScorer.Score(gold, predicted);

        Assert.Equal(new TimexScore(Strict: 1, Relaxed: 2, ValueCorrect: 1, Predicted: 3, Gold: 3), score);
        Assert.Equal(2.0 / 3, score.RelaxedSpan.F1, 6);
        Assert.Equal(1.0 / 3, score.Value.F1, 6);
    }

    [Fact]
    public void Relaxed_matching_is_one_to_one_and_prefers_the_exact_span()
    {
        GoldTimex[] gold = [Gold(0, 20, "P1D")];
        PredictedTimex[] predicted = [Predicted(0, 5, "X"), Predicted(0, 20, "P1D")];

        var score = TimexScorer.Score(gold, predicted);

        Assert.Equal(new TimexScore(Strict: 1, Relaxed: 1, ValueCorrect: 1, Predicted: 2, Gold: 1), score);
    }

    [Fact]
    public void Reports_every_mismatch()
    {
        var kinds = new List<string>();
        TimexScorer.Score(
            [Gold(0, 5, "a"), Gold(10, 15, "b"), Gold(20, 25, "c")],
            [Predicted(0, 5, "a"), Predicted(10, 14, "b"), Predicted(30, 35, "d")],
            (gold, predicted) => kinds.Add(gold is null ? "spurious" : predicted is null ? "missed" : "span"));

        Assert.Equal(["span", "missed", "spurious"], kinds);
    }
}
