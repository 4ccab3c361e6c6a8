using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;
using AnnotationSdk.Evaluation.Szeged;

namespace AnnotationSdk.Evaluation.Tests.Szeged;

public class SzegedScorerTests
{
    // Sentences at [0,30), [31,44), [45,57); gold "may" at [3,6), neutral "if" at [12,14).
    private static readonly SzegedDocument Document = new(
        "d",
        "It may rain if the wind turns. Nobody knows. Prices rose.",
        [new TextSpan(0, 30), new TextSpan(31, 44), new TextSpan(45, 57)],
        [
            new SzegedCue(new TextSpan(3, 6), "speculation_modal_probable_", CueRole.Gold),
            new SzegedCue(new TextSpan(12, 14), "speculation_hypo_condition _", CueRole.Neutral),
        ]);

    private static HedgeAnnotation Hedge(int start, int end, HedgeCategory category = HedgeCategory.Epistemic) =>
        new(new TextSpan(start, end), category, "test");

    [Fact]
    public void Any_overlap_matches_but_only_one_to_one()
    {
        var score = SzegedScorer.Score(Document, [Hedge(3, 11), Hedge(5, 6)]);

        Assert.Equal(new Prf(1, 2, 1), score.Cues);
        Assert.Single(score.FalseHedges);
    }

    [Fact]
    public void A_prediction_on_a_neutral_cue_is_ignored_and_one_elsewhere_is_false()
    {
        var score = SzegedScorer.Score(Document, [Hedge(12, 14), Hedge(38, 43)]);

        Assert.Equal(new Prf(0, 1, 1), score.Cues);
        Assert.Equal([new TextSpan(3, 6)], score.Missed);
    }

    [Fact]
    public void Unsourced_and_approximator_predictions_are_not_counted()
    {
        var score = SzegedScorer.Score(Document, [Hedge(45, 51, HedgeCategory.Approximator), Hedge(31, 37, HedgeCategory.Unsourced)]);

        Assert.Equal(new Prf(0, 0, 1), score.Cues);
        Assert.Equal(new Prf(0, 0, 1), score.Sentences);
    }

    [Fact]
    public void Sentences_are_uncertain_when_they_hold_a_gold_cue_and_predicted_so_when_they_hold_a_counted_prediction()
    {
        var score = SzegedScorer.Score(Document, [Hedge(3, 6, HedgeCategory.Shield), Hedge(45, 51, HedgeCategory.Reported)]);

        Assert.Equal(new Prf(1, 2, 1), score.Sentences);
    }
}
