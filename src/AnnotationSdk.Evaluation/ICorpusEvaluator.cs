using AnnotationSdk.Engine;

namespace AnnotationSdk.Evaluation;

/// <summary>Reads one gold corpus format, runs the engine over it and scores the result.</summary>
public interface ICorpusEvaluator
{
    /// <summary>The name `annotate eval NAME PATH…` knows it by.</summary>
    string Name { get; }

    /// <summary>What PATH is expected to be, for the usage message.</summary>
    string PathHelp { get; }

    EvaluationReport Evaluate(IReadOnlyList<string> paths, AnnotationEngine engine, CancellationToken cancellationToken);
}
