using System.Globalization;

namespace AnnotationSdk.Evaluation;

/// <summary>Counts behind precision, recall and F1. Precision is over what was predicted, recall over gold.</summary>
public readonly record struct Prf(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf a, Prf b) => new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);

    /// <summary>Precision and recall with different numerators, as in value F1 (matches judged correct over predicted and over gold).</summary>
    public static (double Precision, double Recall, double F1) Of(int correct, int predicted, int gold)
    {
        var p = predicted == 0 ? 0 : (double)correct / predicted;
        var r = gold == 0 ? 0 : (double)correct / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, predicted {Predicted}, gold {Gold})");
}
