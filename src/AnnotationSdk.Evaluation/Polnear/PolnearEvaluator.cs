using System.Globalization;
using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.Polnear;

/// <summary>
/// Scores the engine on a PolNeAR split folder (text/ and attributions/, brat standoff). Each .ann file is one
/// annotated document (a text annotated twice is scored twice). Metrics:
/// quote F1 (gold: quote-mark runs, double and single, inside gold Content spans; also reported against double-mark
/// runs only, the definition before single marks counted; predicted: direct and mixed quotes; matched one to
/// one when they overlap by at least 60% of both), speaker accuracy (matched quotes with a gold Source whose
/// predicted attribution's source span overlaps it), attribution cue F1 (all gold Cue spans, any overlap), and indirect
/// quote F1 (gold: Content spans holding no double quote mark; predicted: indirect quotes; matched as quotes are) with
/// its speaker accuracy.
/// </summary>
public sealed class PolnearEvaluator : ICorpusEvaluator
{
    private const double QuoteOverlap = 0.6;

    public string Name => "polnear";

    public string PathHelp => "a PolNeAR split folder (with text/ and attributions/)";

    public EvaluationReport Evaluate(IReadOnlyList<string> paths, AnnotationEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(engine);
        var score = new Score();
        var documents = 0;
        foreach (var split in paths)
        {
            var dates = PublicationDates.Load(split);
            foreach (var annotationFile in Directory.EnumerateFiles(Path.Combine(split, "attributions"), "*.ann").Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = TextName(annotationFile);
                var textFile = Path.Combine(split, "text", name + ".txt");
                if (!File.Exists(textFile))
                {
                    continue;
                }

                var text = File.ReadAllText(textFile);
                using var reader = File.OpenText(annotationFile);
                var gold = BratDocument.Parse(text, reader);
                var referenceDate = dates.GetValueOrDefault(name, DateOnly.FromDateTime(File.GetLastWriteTimeUtc(textFile)));
                var result = engine.Annotate(text, new AnnotateOptions(referenceDate), cancellationToken);
                score.Add(Path.GetFileNameWithoutExtension(annotationFile), text, gold, result);
                documents++;
            }
        }

        return score.ToReport(documents);
    }

    /// <summary>"cnn_2016-09-12_title_ef2d.ann" annotates "cnn_2016-09-12_title.txt": the suffix names the annotator.</summary>
    private static string TextName(string annotationFile)
    {
        var name = Path.GetFileNameWithoutExtension(annotationFile);
        var underscore = name.LastIndexOf('_');
        return underscore > 0 ? name[..underscore] : name;
    }

    private static readonly System.Buffers.SearchValues<char> DoubleQuoteMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D\u00AB\u00BB\u201E");

    private sealed record GoldQuote(TextSpan Span, List<BratSpan> Sources);

    private sealed class Score
    {
        private readonly List<string> _errors = [];
        private Prf _quotes;
        private Prf _doubleQuotes;
        private Prf _cues;
        private Prf _indirect;
        private int _speakerGold;
        private int _speakerCorrect;
        private int _indirectSpeakerGold;
        private int _indirectSpeakerCorrect;

        public void Add(string document, string text, BratDocument gold, AnnotationResult result)
        {
            var sourcesByContent = SourcesByContent(gold);
            var goldQuotes = GoldQuotes(text, gold, sourcesByContent, singleMarks: true);
            var predictedQuotes = result.Quotes.Where(q => q.Style is QuoteStyle.Direct or QuoteStyle.Mixed).ToList();
            var quotePairs = MatchQuotes(goldQuotes, predictedQuotes);
            _quotes += new Prf(quotePairs.Count, predictedQuotes.Count, goldQuotes.Count);
            var doubleQuotes = GoldQuotes(text, gold, sourcesByContent, singleMarks: false);
            _doubleQuotes += new Prf(MatchQuotes(doubleQuotes, predictedQuotes).Count, predictedQuotes.Count, doubleQuotes.Count);
            foreach (var (g, p) in quotePairs)
            {
                if (SpeakerMatches(document, text, goldQuotes[g].Sources, predictedQuotes[p], "speaker") is { } right)
                {
                    _speakerGold++;
                    _speakerCorrect += right ? 1 : 0;
                }
            }

            Report(document, text, "missed quote", goldQuotes.Select(q => q.Span), quotePairs.Select(x => x.Gold));
            Report(document, text, "spurious quote", predictedQuotes.Select(q => q.Span), quotePairs.Select(x => x.Predicted));
            AddIndirect(document, text, gold, sourcesByContent, result);

            var goldCues = gold.OfType("Cue").DistinctBy(c => c.Cover).ToList();
            var predictedCues = result.Attributions.Where(a => !a.Cue.IsEmpty).Select(a => a.Cue).Distinct().OrderBy(c => c.Start).ToList();
            var cuePairs = SpanMatcher.Match(goldCues, predictedCues, (g, p) => g.Overlaps(p));
            _cues += new Prf(cuePairs.Count, predictedCues.Count, goldCues.Count);
            Report(document, text, "missed cue", goldCues.Select(c => c.Cover), cuePairs.Select(x => x.Gold));
            Report(document, text, "spurious cue", predictedCues, cuePairs.Select(x => x.Predicted));
        }

        /// <summary>Reported speech without quote marks: gold Content spans with no double quote mark against indirect quotes.</summary>
        private void AddIndirect(string document, string text, BratDocument gold, Dictionary<string, List<BratSpan>> sourcesByContent, AnnotationResult result)
        {
            // A discontinuous span's fragments need not come in text order.
            var goldContents = gold.OfType("Content")
                .Where(c => c.Fragments.All(f => text.AsSpan(f.Start, f.Length).IndexOfAny(DoubleQuoteMarks) < 0))
                .Select(c => (c.Id, Cover: new TextSpan(c.Fragments.Min(f => f.Start), c.Fragments.Max(f => f.End))))
                .DistinctBy(c => c.Cover)
                .ToList();
            var predicted = result.Quotes.Where(q => q.Style == QuoteStyle.Indirect).ToList();
            var pairs = SpanMatcher.Match(goldContents, predicted, (g, p) => SpanMatcher.MutualOverlap(QuoteOverlap)(g.Cover, p.Span));
            _indirect += new Prf(pairs.Count, predicted.Count, goldContents.Count);
            foreach (var (g, p) in pairs)
            {
                if (SpeakerMatches(document, text, sourcesByContent.GetValueOrDefault(goldContents[g].Id), predicted[p], "indirect speaker") is { } right)
                {
                    _indirectSpeakerGold++;
                    _indirectSpeakerCorrect += right ? 1 : 0;
                }
            }

            Report(document, text, "missed indirect quote", goldContents.Select(c => c.Cover), pairs.Select(x => x.Gold));
            Report(document, text, "spurious indirect quote", predicted.Select(q => q.Span), pairs.Select(x => x.Predicted));
        }

        /// <summary>Whether the quote's attribution overlaps a gold source (a miss is listed as a "wrong <paramref name="what"/>");
        /// null when the gold names no source.</summary>
        private bool? SpeakerMatches(string document, string text, List<BratSpan>? sources, QuoteAnnotation quote, string what)
        {
            if (sources is not { Count: > 0 })
            {
                return null;
            }

            var attribution = quote.Attribution;
            if (attribution is not null && sources.Any(s => s.Overlaps(attribution.Span)))
            {
                return true;
            }

            _errors.Add($"{document}: wrong {what} {Show(text, attribution?.Span)} for {Show(text, quote.Span)}, gold {Show(text, sources[0].Cover)}");
            return false;
        }

        public EvaluationReport ToReport(int documents)
        {
            var report = new EvaluationReport("polnear", documents)
                .Add("quote", _quotes)
                .Add("double-mark quote", _doubleQuotes)
                .Add("speaker accuracy", Share(_speakerCorrect, _speakerGold), string.Create(CultureInfo.InvariantCulture, $"({_speakerCorrect} of {_speakerGold} matched quotes with a gold source)"))
                .Add("attribution cue", _cues)
                .Add("indirect quote", _indirect)
                .Add("indirect speaker accuracy", Share(_indirectSpeakerCorrect, _indirectSpeakerGold), string.Create(CultureInfo.InvariantCulture, $"({_indirectSpeakerCorrect} of {_indirectSpeakerGold} matched indirect quotes with a gold source)"));
            report.Errors.AddRange(_errors);
            return report;
        }

        private static List<(int Gold, int Predicted)> MatchQuotes(List<GoldQuote> gold, List<QuoteAnnotation> predicted) =>
            SpanMatcher.Match(gold, predicted, (g, p) => SpanMatcher.MutualOverlap(QuoteOverlap)(g.Span, p.Span));

        private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

        /// <summary>Each gold Content id to the Source spans of the attributions holding it.</summary>
        private static Dictionary<string, List<BratSpan>> SourcesByContent(BratDocument gold)
        {
            var sourcesByContent = new Dictionary<string, List<BratSpan>>(StringComparer.Ordinal);
            foreach (var relation in gold.Events)
            {
                if (relation.Roles.TryGetValue("Content", out var content)
                    && relation.Roles.TryGetValue("Source", out var source)
                    && gold.Spans.TryGetValue(source, out var sourceSpan))
                {
                    if (!sourcesByContent.TryGetValue(content, out var list))
                    {
                        sourcesByContent[content] = list = [];
                    }

                    list.Add(sourceSpan);
                }
            }

            return sourcesByContent;
        }

        private static List<GoldQuote> GoldQuotes(string text, BratDocument gold, Dictionary<string, List<BratSpan>> sourcesByContent, bool singleMarks)
        {
            var contents = gold.OfType("Content").ToList();
            var quotes = new List<GoldQuote>();
            foreach (var run in GoldQuoteRuns.Find(text, contents.SelectMany(c => c.Fragments), singleMarks))
            {
                var sources = contents.Where(c => c.Overlaps(run)).SelectMany(c => sourcesByContent.GetValueOrDefault(c.Id) ?? []).ToList();
                quotes.Add(new GoldQuote(run, sources));
            }

            return quotes;
        }

        private void Report(string document, string text, string what, IEnumerable<TextSpan> spans, IEnumerable<int> matched)
        {
            var hit = matched.ToHashSet();
            _errors.AddRange(spans.Where((_, i) => !hit.Contains(i)).Select(s => $"{document}: {what} {Show(text, s)}"));
        }

        private static string Show(string text, TextSpan? span)
        {
            if (span is not { } s)
            {
                return "(none)";
            }

            var shown = text.AsSpan(s.Start, Math.Min(s.Length, 100)).ToString().ReplaceLineEndings(" ");
            return string.Create(CultureInfo.InvariantCulture, $"{s} «{shown}»");
        }
    }
}
