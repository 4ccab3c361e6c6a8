namespace AnnotationSdk.Evaluation.Tests;

public class PrfTests
{
    [Fact]
    public void Computes_precision_recall_and_f1()
    {
        var counts = new Prf(TruePositives: 6, Predicted: 8, Gold: 12);
        Assert.Equal(0.75, counts.Precision, 6);
        Assert.Equal(0.5, counts.Recall, 6);
        Assert.Equal(0.6, counts.F1, 6);
    }

    [Fact]
    public void Empty_counts_score_zero_rather_than_dividing_by_zero()
    {
        Assert.Equal(0, new Prf(0, 0, 0).F1);
    }

    [Fact]
    public void Every_evaluator_has_a_unique_name()
    {
        var names = Evaluators.All.Select(e => e.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.NotNull(Evaluators.Find("POLNEAR"));
    }
}
