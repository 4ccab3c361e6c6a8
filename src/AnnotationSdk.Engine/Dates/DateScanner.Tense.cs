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
            var before = CueAt(first - distance, first, adjacent: distance == 1);
            if (before != Tense.Unknown)
            {
                return before;
            }

            var after = distance <= CueWindowAfter ? CueAt(end - 1 + distance, first, adjacent: distance == 1) : Tense.Unknown;
            if (after != Tense.Unknown)
            {
                return after;
            }
        }

        return Tense.Unknown;
    }

    private Tense CueAt(int i, int origin, bool adjacent)
    {
        if (!SameSentence(i, origin) || !IsKind(i, TokenKind.Word))
        {
            return Tense.Unknown;
        }

        var word = Word(i);
        if (adjacent && Lexicons.ReportCues.Contains(word))
        {
            return Tense.Past;
        }

        // "next to the embassy" is a place, not a time.
        if (word.Equals("next", StringComparison.OrdinalIgnoreCase) && Is(i + 1, "to"))
        {
            return Tense.Unknown;
        }

        // "as soon as Tuesday", "as early as next week": the earliest a thing can happen is ahead.
        if ((word.Equals("soon", StringComparison.OrdinalIgnoreCase) || word.Equals("early", StringComparison.OrdinalIgnoreCase)) && Is(i - 1, "as") && Is(i + 1, "as"))
        {
            return Tense.Future;
        }

        // "did not plan to remove him on Thursday": a plan to do something looks ahead; "announced the plan" does not.
        if (word.Equals("plan", StringComparison.OrdinalIgnoreCase) && Is(i + 1, "to"))
        {
            return Tense.Future;
        }

        // "is to resume trading Tuesday": "be to" is an arrangement, so it looks ahead.
        if (word.Equals("to", StringComparison.OrdinalIgnoreCase) && IsPresentAuxiliary(i - 1))
        {
            return Tense.Future;
        }

        var tense = Lexicons.Cues.TryGet(word, out var cue) ? cue
            : IsContractedWill(word) ? Tense.Future
            : IsRegularPast(word) ? Tense.Past
            : Tense.Unknown;
        if (tense == Tense.Plan)
        {
            tense = i < origin ? Tense.Future : Tense.Past;
        }

        return tense switch
        {
            Tense.Present => Tense.Unknown,
            Tense.Past when IsPresentAuxiliary(i - 1) || IsAttributive(i) || IsAuxiliaryOfAPlan(i) => Tense.Unknown,

            // "had been due to expire Friday": a plan in the past perfect was overtaken; its date has passed.
            Tense.Future when Is(i - 1, "had") || (Is(i - 1, "been") && Is(i - 2, "had")) => Tense.Past,
            _ => tense,
        };
    }

    /// <summary>A verb in the past tense: a regular one ("announced") or one the cue lexicon lists ("found"), not a participle
    /// after a present auxiliary ("is expected").</summary>
    public bool IsPastVerb(int i) =>
        IsKind(i, TokenKind.Word) && !IsPresentAuxiliary(i - 1) && !IsAttributive(i)
        && (IsRegularPast(Word(i)) || (Lexicons.Cues.TryGet(Word(i), out var tense) && tense == Tense.Past && !Lexicons.ReportCues.Contains(Word(i))));

    /// <summary>"were planning to", "was expected to": a past auxiliary before a word that looks ahead says nothing itself;
    /// the word after it decides.</summary>
    private bool IsAuxiliaryOfAPlan(int i) =>
        (Is(i, "was") || Is(i, "were")) && IsKind(i + 1, TokenKind.Word)
        && Lexicons.Cues.TryGet(Word(i + 1), out var next) && next is Tense.Future or Tense.Plan;

    /// <summary>"a still unspecified date", "the proposed merger": a participle after an article describes a noun;
    /// it is not a verb in the past tense.</summary>
    private bool IsAttributive(int i)
    {
        var before = Is(i - 1, "still") || Is(i - 1, "yet") || Word(i - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase) ? i - 2 : i - 1;
        return IsRegularPast(Word(i)) && (Is(before, "a") || Is(before, "an") || Is(before, "the"));
    }

    /// <summary>"they'll", "we\u2019ll": as <c>EndsWith("'ll", StringComparison.OrdinalIgnoreCase)</c> or with U+2019, which
    /// most words of a tense window are asked: only 'l' and 'L' equal 'l' ignoring case, and only themselves the apostrophes.</summary>
    private static bool IsContractedWill(ReadOnlySpan<char> word) =>
        word.Length >= 3 && word[^3] is '\'' or '\u2019' && (word[^2] | 0x20) == 'l' && (word[^1] | 0x20) == 'l';

    /// <summary>A regular past tense verb ("announced"), the contracted "will" ("they'll") being handled apart.</summary>
    private static bool IsRegularPast(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"is", "being": a participle after one is passive present ("is being traded"), not past.</summary>
    private bool IsPresentAuxiliary(int i) =>
        IsKind(i, TokenKind.Word) && Lexicons.Cues.TryGet(Word(i), out var tense) && tense == Tense.Present;
}
