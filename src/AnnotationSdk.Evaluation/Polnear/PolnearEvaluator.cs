using AnnotationSdk.Engine;

namespace AnnotationSdk.Evaluation.Polnear;

/// <summary>Scores the engine on a PolNeAR split folder (with text/ and attributions/). Not written yet.</summary>
public sealed class PolnearEvaluator : ICorpusEvaluator
{
    public string Name => "polnear";

    public string PathHelp => "a PolNeAR split folder (with text/ and attributions/)";

    public EvaluationReport Evaluate(IReadOnlyList<string> paths, AnnotationEngine engine, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The polnear evaluator is not written yet.");
}
