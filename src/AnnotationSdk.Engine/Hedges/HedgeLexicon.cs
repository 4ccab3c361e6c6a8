using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Hedges;

/// <summary>Every hedge phrase of the six category lexicons in one longest-match trie, plus the guards' word classes.</summary>
internal sealed class HedgeLexicon
{
    private static readonly (string File, HedgeCategory Category)[] CategoryFiles =
    [
        ("hedges/epistemic.txt", HedgeCategory.Epistemic),
        ("hedges/doxastic.txt", HedgeCategory.Doxastic),
        ("hedges/shield.txt", HedgeCategory.Shield),
        ("hedges/reported.txt", HedgeCategory.Reported),
        ("hedges/unsourced.txt", HedgeCategory.Unsourced),
        ("hedges/approximator.txt", HedgeCategory.Approximator),
    ];

    private HedgeLexicon(PhraseMatcher<HedgeCue> phrases, ContextWords words)
    {
        Phrases = phrases;
        Words = words;
    }

    public static HedgeLexicon Default { get; } = Load();

    public PhraseMatcher<HedgeCue> Phrases { get; }

    public ContextWords Words { get; }

    private static HedgeLexicon Load()
    {
        var phrases = new List<(string, HedgeCue)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, category) in CategoryFiles)
        {
            foreach (var entry in Lexicon.Load(file))
            {
                // One phrase, one meaning: a phrase in two files would silently take the last file's category.
                if (!seen.Add(entry.Phrase))
                {
                    throw new InvalidOperationException($"Hedge phrase '{entry.Phrase}' is listed twice (again in {file}).");
                }

                // The scan skips quote marks and punctuation without a look-up (see HedgeAnnotator): no phrase may start with one.
                if (Tokenizer.Tokenize(entry.Phrase) is [{ Kind: TokenKind.QuoteMark or TokenKind.Punctuation }, ..])
                {
                    throw new InvalidOperationException($"Hedge phrase '{entry.Phrase}' in {file} starts with a mark, not a word.");
                }

                var guard = HedgeGuardNames.Parse(entry.Tag, file);
                var stem = Path.GetFileNameWithoutExtension(file);
                var rule = guard == HedgeGuard.None ? $"hedge.{stem}" : $"hedge.{stem}.{entry.Tag}";
                phrases.Add((entry.Phrase, new HedgeCue(category, guard, rule)));
            }
        }

        return new HedgeLexicon(new PhraseMatcher<HedgeCue>(phrases), ContextWords.Load());
    }
}
