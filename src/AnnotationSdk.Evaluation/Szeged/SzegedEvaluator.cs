using AnnotationSdk.Engine;

namespace AnnotationSdk.Evaluation.Szeged;

/// <summary>Scores the engine on a Szeged uncertainty XML file. Not written yet.</summary>
public sealed class SzegedEvaluator : ICorpusEvaluator
{
    public string Name => "szeged";

    public string PathHelp => "a Szeged uncertainty XML file";

    public EvaluationReport Evaluate(IReadOnlyList<string> paths, AnnotationEngine engine, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The szeged evaluator is not written yet.");
}
