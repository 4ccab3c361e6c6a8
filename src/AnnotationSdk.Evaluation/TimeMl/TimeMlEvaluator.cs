using AnnotationSdk.Engine;

namespace AnnotationSdk.Evaluation.TimeMl;

/// <summary>Scores the engine on TimeML .tml files or folders of them. Not written yet.</summary>
public sealed class TimeMlEvaluator : ICorpusEvaluator
{
    public string Name => "timeml";

    public string PathHelp => "TimeML .tml files or folders of them";

    public EvaluationReport Evaluate(IReadOnlyList<string> paths, AnnotationEngine engine, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The timeml evaluator is not written yet.");
}
