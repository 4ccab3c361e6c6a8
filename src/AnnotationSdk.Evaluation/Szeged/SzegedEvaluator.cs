using System.Globalization;
using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.Szeged;

/// <summary>
/// Scores the engine's hedges on Szeged uncertainty XML files: cue P/R/F1 and sentence F1 per file
/// (and over all files when given several), with the rules of <see cref="SzegedScorer"/>.
/// </summary>
public sealed class SzegedEvaluator : ICorpusEvaluator
{
    /// <summary>Characters of context either side of a cue in an error line.</summary>
    private const int ErrorContext = 40;

    // The corpus carries no publication dates; hedges do not depend on the reference date anyway.
    private static readonly DateOnly ReferenceDate = new(2000, 1, 1);

    public string Name => "szeged";

    public string PathHelp => "one or more Szeged uncertainty XML files (factbank-dev.xml, wiki.xml)";

    public EvaluationReport Evaluate(IReadOnlyList<string> paths, AnnotationEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(engine);
        var perFile = new List<(string Name, Prf Cues, Prf Sentences)>();
        var errors = new List<string>();
        var documents = 0;
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            var cues = default(Prf);
            var sentences = default(Prf);
            using var reader = File.OpenText(path);
            foreach (var document in SzegedReader.Read(reader))
            {
                cancellationToken.ThrowIfCancellationRequested();
                documents++;
                var result = engine.Annotate(document.Text, new AnnotateOptions(ReferenceDate), cancellationToken);
                var score = SzegedScorer.Score(document, result.Hedges);
                cues += score.Cues;
                sentences += score.Sentences;
                Describe(name, document, score, errors);
            }

            perFile.Add((name, cues, sentences));
        }

        var report = new EvaluationReport("szeged: " + string.Join(", ", perFile.Select(f => f.Name)), documents);
        foreach (var (name, cues, sentences) in perFile)
        {
            report.Add(name + " cue", cues).Add(name + " sentence", sentences);
        }

        if (perFile.Count > 1)
        {
            report.Add("all cue", perFile.Aggregate(default(Prf), (sum, f) => sum + f.Cues))
                .Add("all sentence", perFile.Aggregate(default(Prf), (sum, f) => sum + f.Sentences));
        }

        report.Errors.AddRange(errors);
        return report;
    }

    private static void Describe(string file, SzegedDocument document, SzegedScore score, List<string> errors)
    {
        foreach (var missed in score.Missed)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{file} {document.Id}: missed {Show(document.Text, missed)}"));
        }

        foreach (var hedge in score.FalseHedges)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{file} {document.Id}: false {hedge.Category} ({hedge.Rule}) {Show(document.Text, hedge.Span)}"));
        }
    }

    /// <summary>The span in brackets with a little context, on one line.</summary>
    private static string Show(string text, TextSpan span)
    {
        var from = Math.Max(0, span.Start - ErrorContext);
        var to = Math.Min(text.Length, span.End + ErrorContext);
        var line = text[from..span.Start] + "[" + text[span.Start..span.End] + "]" + text[span.End..to];
        return line.ReplaceLineEndings(" ");
    }
}
