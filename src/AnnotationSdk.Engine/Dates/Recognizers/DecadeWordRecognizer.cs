namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// "the nineties", "the early sixties": the latest such decade that has begun by the publication date. Taken
/// only after "the" (directly or before a modifier such as "early"), since "in his nineties" is an age.
/// </summary>
internal static class DecadeWordRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (!s.Lexicons.DecadeWords.TryGet(s.Word(i), out var digit) || !(s.Is(i - 1, "the") || (s.Is(i - 2, "the") && s.Lexicons.ModifierWords.Contains(s.Word(i - 1)))))
        {
            return false;
        }

        var start = (s.Reference.Year / 100 * 100) + (10 * digit);
        if (start > s.Reference.Year)
        {
            start -= 100;
        }

        if (start < 1)
        {
            return false;
        }

        match = TemporalMatch.Date(i, i + 1, new CalendarPoint(new DateOnly(start, 1, 1), Granularity.Decade), "decade-word") with { TakesDeterminer = true };
        return true;
    }
}
