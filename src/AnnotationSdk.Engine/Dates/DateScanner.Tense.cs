using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates;

/// <summary>Tense cues: whether the words near a partial date point to the past or the future.</summary>
internal sealed partial class DateScanner
{
    /// <summary>How far a tense cue may sit from a date and still decide its direction.</summary>
    private const int CueWindowBefore = 10;
    private const int CueWindowAfter = 6;

    /// <summary>What the words around tokens [first, end) say about past or future; the nearest cue wins.</summary>
    public Tense TenseAround(int first, int end)
    {
        for (var distance = 1; distance <= CueWindowBefore; distance++)
        {
            var before = CueAt(first - distance, first);
            if (before != Tense.Unknown)
            {
                return before;
            }

            var after = distance <= CueWindowAfter ? CueAt(end - 1 + distance, first) : Tense.Unknown;
            if (after != Tense.Unknown)
            {
                return after;
            }
        }

        return Tense.Unknown;
    }

    private Tense CueAt(int i, int origin)
    {
        if (!SameSentence(i, origin) || !IsKind(i, TokenKind.Word))
        {
            return Tense.Unknown;
        }

        var word = Word(i);
        if (Lexicons.Cues.TryGet(word, out var tense))
        {
            return tense;
        }

        // Contracted "will" ("they'll") and regular past tense verbs ("announced").
        if (word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019ll", StringComparison.OrdinalIgnoreCase))
        {
            return Tense.Future;
        }

        return word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) ? Tense.Past : Tense.Unknown;
    }
}
