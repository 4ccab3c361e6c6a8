using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.Szeged;

/// <summary>What one document scored: cue and sentence counts, and the cues it missed or invented.</summary>
public sealed record SzegedScore(Prf Cues, Prf Sentences, IReadOnlyList<TextSpan> Missed, IReadOnlyList<HedgeAnnotation> FalseHedges);

/// <summary>
/// Scores hedge predictions against Szeged cues. Only EPISTEMIC, DOXASTIC, SHIELD and REPORTED predictions count
/// (the corpus has no gold for unsourced or approximate claims). A prediction matches a gold cue it overlaps, one to one;
/// an unmatched prediction overlapping a neutral cue (condition, investigation) is ignored. A sentence is uncertain in
/// gold when it holds a gold cue, and predicted uncertain when it holds a counted, non-ignored prediction.
/// </summary>
public static class SzegedScorer
{
    public static bool Counts(HedgeCategory category) =>
        category is HedgeCategory.Epistemic or HedgeCategory.Doxastic or HedgeCategory.Shield or HedgeCategory.Reported;

    public static SzegedScore Score(SzegedDocument document, IEnumerable<HedgeAnnotation> hedges)
    {
        ArgumentNullException.ThrowIfNull(document);
        var predictions = hedges.Where(h => Counts(h.Category)).OrderBy(h => h.Span.Start).ToList();
        var gold = document.Cues.Where(c => c.Role == CueRole.Gold).Select(c => c.Span).ToList();
        var neutral = document.Cues.Where(c => c.Role == CueRole.Neutral).Select(c => c.Span).ToList();
        var matched = new bool[gold.Count];
        var counted = new List<HedgeAnnotation>();
        var falseHedges = new List<HedgeAnnotation>();
        var truePositives = 0;
        foreach (var prediction in predictions)
        {
            var hit = FirstUnmatchedOverlap(gold, matched, prediction.Span);
            if (hit >= 0)
            {
                matched[hit] = true;
                truePositives++;
                counted.Add(prediction);
            }
            else if (!neutral.Exists(n => n.Overlaps(prediction.Span)))
            {
                counted.Add(prediction);
                falseHedges.Add(prediction);
            }
        }

        var missed = gold.Where((_, i) => !matched[i]).ToList();
        var cues = new Prf(truePositives, counted.Count, gold.Count);
        return new SzegedScore(cues, ScoreSentences(document.Sentences, gold, counted), missed, falseHedges);
    }

    private static int FirstUnmatchedOverlap(List<TextSpan> gold, bool[] matched, TextSpan span)
    {
        for (var i = 0; i < gold.Count; i++)
        {
            if (!matched[i] && gold[i].Overlaps(span))
            {
                return i;
            }
        }

        return -1;
    }

    private static Prf ScoreSentences(IReadOnlyList<TextSpan> sentences, List<TextSpan> gold, List<HedgeAnnotation> counted)
    {
        var truePositives = 0;
        var predicted = 0;
        var uncertain = 0;
        foreach (var sentence in sentences)
        {
            var isGold = gold.Exists(g => sentence.Contains(g));
            var isPredicted = counted.Exists(h => sentence.Start <= h.Span.Start && h.Span.Start < sentence.End);
            uncertain += isGold ? 1 : 0;
            predicted += isPredicted ? 1 : 0;
            truePositives += isGold && isPredicted ? 1 : 0;
        }

        return new Prf(truePositives, predicted, uncertain);
    }
}
