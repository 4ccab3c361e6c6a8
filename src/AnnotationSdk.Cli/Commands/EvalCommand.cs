using AnnotationSdk.Engine;
using AnnotationSdk.Evaluation;

namespace AnnotationSdk.Cli.Commands;

/// <summary>`annotate eval CORPUS PATH…`: scores the embedded engine on a gold corpus.</summary>
public static class EvalCommand
{
    public static int Run(CliOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var name = options.Arguments[0];
        var evaluator = Evaluators.Find(name)
            ?? throw new CliException($"Unknown corpus '{name}'; known: {string.Join(", ", Evaluators.All.Select(e => $"{e.Name} ({e.PathHelp})"))}.", ExitCodes.Usage);
        var paths = options.Arguments.Skip(1).ToList();
        foreach (var path in paths.Where(p => !File.Exists(p) && !Directory.Exists(p)))
        {
            throw new CliException($"{path}: no such file or folder.");
        }

        var report = evaluator.Evaluate(paths, AnnotationEngine.Default, cancellationToken);
        report.Print(output, options.Errors);
        return ExitCodes.Success;
    }
}
