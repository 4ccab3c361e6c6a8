using System.Globalization;
using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Evaluation.TimeMl;

/// <summary>
/// Scores the engine's dates on TimeML .tml files (TempEval-3): strict span F1, relaxed span F1 and value F1,
/// for every path given and overall. Each document is annotated against its CREATION_TIME date, which is
/// itself not scored.
/// </summary>
public sealed class TimeMlEvaluator : ICorpusEvaluator
{
    public string Name => "timeml";

    public string PathHelp => "TimeML .tml files or folders of them";

    public EvaluationReport Evaluate(IReadOnlyList<string> paths, AnnotationEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(engine);
        var perPath = new List<(string Name, TimexScore Score)>();
        var errors = new List<string>();
        var documents = 0;
        foreach (var path in paths)
        {
            var score = default(TimexScore);
            foreach (var file in Files(path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = TimeMlReader.Read(Path.GetFileName(file), File.ReadAllText(file));
                score += ScoreDocument(document, engine, errors, cancellationToken);
                documents++;
            }

            perPath.Add((Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), score));
        }

        var report = new EvaluationReport("timeml", documents);
        foreach (var (name, score) in perPath)
        {
            AddScore(report, name + " ", score);
        }

        if (perPath.Count > 1)
        {
            AddScore(report, "overall ", perPath.Aggregate(default(TimexScore), (sum, next) => sum + next.Score));
        }

        report.Errors.AddRange(errors);
        return report;
    }

    /// <summary>The timexes the engine predicts for a document, in scorer form.</summary>
    public static IReadOnlyList<PredictedTimex> Predict(TimeMlDocument document, AnnotationEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(engine);
        var result = engine.Annotate(document.Text, new AnnotateOptions(document.CreationDate, AnnotationKinds.Date), cancellationToken);
        return result.Dates.Select(d => new PredictedTimex(d.Span, TypeName(d.Type), d.Value, d.Mod)).ToList();
    }

    private static TimexScore ScoreDocument(TimeMlDocument document, AnnotationEngine engine, List<string> errors, CancellationToken cancellationToken)
    {
        var predicted = Predict(document, engine, cancellationToken);
        return TimexScorer.Score(document.Timexes, predicted, (gold, prediction) => errors.Add(Describe(document, gold, prediction)));
    }

    private static string Describe(TimeMlDocument document, GoldTimex? gold, PredictedTimex? prediction)
    {
        var kind = (gold, prediction) switch
        {
            (null, _) => "spurious",
            (_, null) => "missed",
            _ when gold.Span != prediction.Span => "span",
            _ => "value",
        };
        var goldPart = gold is null ? string.Empty : $" gold '{document.Text[gold.Span.Start..gold.Span.End]}' {gold.Type} {gold.Value} {gold.Mod}";
        var predictedPart = prediction is null ? string.Empty : $" predicted '{document.Text[prediction.Span.Start..prediction.Span.End]}' {prediction.Type} {prediction.Value} {prediction.Mod}";
        var span = gold?.Span ?? prediction!.Span;
        return string.Create(CultureInfo.InvariantCulture, $"{kind} {document.Name} ({document.CreationDate:yyyy-MM-dd}):{goldPart}{predictedPart}  in «{Context(document.Text, span)}»");
    }

    /// <summary>A few words either side, on one line, so a failure can be judged without opening the file.</summary>
    private static string Context(string text, Engine.Text.TextSpan span)
    {
        const int Width = 40;
        var start = Math.Max(0, span.Start - Width);
        var end = Math.Min(text.Length, span.End + Width);
        return (text[start..span.Start] + "[" + text[span.Start..span.End] + "]" + text[span.End..end])
            .ReplaceLineEndings(" ");
    }

    private static void AddScore(EvaluationReport report, string prefix, TimexScore score)
    {
        report.Add(prefix + "strict span", score.StrictSpan);
        report.Add(prefix + "relaxed span", score.RelaxedSpan);
        var (precision, recall, f1) = score.Value;
        report.Add(prefix + "value F1", f1, string.Create(CultureInfo.InvariantCulture,
            $"P {precision:0.000}  R {recall:0.000}  (correct {score.ValueCorrect}, predicted {score.Predicted}, gold {score.Gold})"));
    }

    private static IEnumerable<string> Files(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [path];

    internal static string TypeName(TemporalType type) => type switch
    {
        TemporalType.Date => "DATE",
        TemporalType.Time => "TIME",
        TemporalType.Duration => "DURATION",
        _ => "SET",
    };
}
