
namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>One-word modified dates the tokenizer keeps whole: "mid-April", "mid-1990s", "late-2024", "mid-afternoon" (mod MID, END…).</summary>
internal static class PrefixedWordRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        var word = s.Word(i);
        var hyphen = word.IndexOf('-');
        if (!s.IsKind(i, Text.TokenKind.Word) || hyphen <= 0 || !s.Lexicons.ModifierWords.TryGet(word[..hyphen], out var mod) || mod is not ("START" or "END" or "MID"))
        {
            return false;
        }

        var rest = word[(hyphen + 1)..];
        if (s.Lexicons.DayParts.TryGet(rest, out var part))
        {
            if (!DayPartRecognizer.TryOn(s, i, i + 1, part, out match))
            {
                return false;
            }

            match = match with { Mod = mod, TakesDeterminer = false };
            return true;
        }

        CalendarPoint? point = null;
        if (s.Lexicons.Months.TryGet(rest, out var month) && rest.Length > 3)
        {
            point = PartialDateResolver.Month(s.Reference, month, s.TenseAround(i, i + 1));
        }
        else if (rest.Length == 4 && DateScanner.TryDigits(rest, out var year) && year >= 1000)
        {
            point = new CalendarPoint(new DateOnly(year, 1, 1), Granularity.Year);
        }
        else if (rest.Length == 5 && rest[4] == 's' && DateScanner.TryDigits(rest[..4], out var decade) && decade % 10 == 0 && decade >= 1000)
        {
            point = new CalendarPoint(new DateOnly(decade, 1, 1), Granularity.Decade);
        }

        if (point is not { } resolved)
        {
            return false;
        }

        match = TemporalMatch.Date(i, i + 1, resolved, "prefixed-word") with { Mod = mod, TakesDeterminer = resolved.Granularity == Granularity.Decade };
        return true;
    }
}
