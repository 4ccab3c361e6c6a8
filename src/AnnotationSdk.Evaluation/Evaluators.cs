namespace AnnotationSdk.Evaluation;

/// <summary>Every corpus evaluator, by name.</summary>
public static class Evaluators
{
    public static IReadOnlyList<ICorpusEvaluator> All { get; } =
    [
        new Polnear.PolnearEvaluator(),
        new TimeMl.TimeMlEvaluator(),
        new Szeged.SzegedEvaluator(),
    ];

    public static ICorpusEvaluator? Find(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}
