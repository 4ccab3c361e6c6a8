using System.Globalization;

namespace AnnotationSdk.Evaluation;

/// <summary>One line of a report: a metric's name, its value and how it was counted.</summary>
public sealed record Metric(string Name, double Value, string Detail);

/// <summary>What an evaluator measured on a corpus, printable as a table.</summary>
public sealed class EvaluationReport(string corpus, int documents)
{
    public string Corpus { get; } = corpus;

    public int Documents { get; } = documents;

    public List<Metric> Metrics { get; } = [];

    /// <summary>Failure cases (document, what went wrong) for people tuning rules. Never gold text in the repo.</summary>
    public List<string> Errors { get; } = [];

    public EvaluationReport Add(string name, Prf counts)
    {
        Metrics.Add(new Metric(name + " P", counts.Precision, string.Empty));
        Metrics.Add(new Metric(name + " R", counts.Recall, string.Empty));
        Metrics.Add(new Metric(name + " F1", counts.F1, counts.ToString()));
        return this;
    }

    public EvaluationReport Add(string name, double value, string detail = "")
    {
        Metrics.Add(new Metric(name, value, detail));
        return this;
    }

    public double this[string name] => Metrics.First(m => m.Name == name).Value;

    public void Print(TextWriter writer, int maxErrors = 0)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Corpus}: {Documents} documents"));
        var width = Metrics.Count == 0 ? 0 : Metrics.Max(m => m.Name.Length);
        foreach (var metric in Metrics)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {metric.Name.PadRight(width)}  {metric.Value:0.000}  {metric.Detail}").TrimEnd());
        }

        foreach (var error in Errors.Take(maxErrors))
        {
            writer.WriteLine("  - " + error);
        }
    }
}
