namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>A bare weekday ("Friday", "Wed."): the one just past, or the coming one when the sentence looks ahead.</summary>
internal static class WeekdayRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (!s.IsCapitalized(i) || !s.Lexicons.Weekdays.TryGet(s.Word(i), out var weekday) || s.Word(i).Length > 6 && s.IsPluralUnit(i))
        {
            return false;
        }

        var end = i + 1;
        if (s.Word(i).Length <= 5 && !s.Word(i).EndsWith("day", StringComparison.OrdinalIgnoreCase))
        {
            // Abbreviations only with their period: "Sat" and "Sun" are words too.
            if (!s.Is(end, ".") || !s.IsGlued(end))
            {
                return false;
            }

            end++;
        }

        // "Saturday, April 25": the written date decides, the weekday only confirms it.
        var next = s.Is(end, ",") ? end + 1 : end;
        if (MonthDateRecognizer.TryMatch(s, next, out var written) && written.Point is { Granularity: Granularity.Day } day)
        {
            match = TemporalMatch.Date(i, written.End, day, "weekday-date");
            return true;
        }

        if (PartialDateResolver.Weekday(s.Reference, weekday, s.TenseAround(i, end)) is not { } point)
        {
            return false;
        }

        match = TemporalMatch.Date(i, end, point, "weekday");
        return true;
    }
}
