namespace AnnotationSdk.Evaluation.TimeMl;

/// <summary>
/// TempEval-3 style counts: strict (exact offsets) and relaxed (any overlap, one-to-one) span matches,
/// and the relaxed matches whose value equals gold.
/// </summary>
public readonly record struct TimexScore(int Strict, int Relaxed, int ValueCorrect, int Predicted, int Gold)
{
    public Prf StrictSpan => new(Strict, Predicted, Gold);

    public Prf RelaxedSpan => new(Relaxed, Predicted, Gold);

    public (double Precision, double Recall, double F1) Value => Prf.Of(ValueCorrect, Predicted, Gold);

    public static TimexScore operator +(TimexScore a, TimexScore b) =>
        new(a.Strict + b.Strict, a.Relaxed + b.Relaxed, a.ValueCorrect + b.ValueCorrect, a.Predicted + b.Predicted, a.Gold + b.Gold);
}
