namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>Seasons with a year ("the summer of 2024", "fall 2023") or in a temporal phrase ("in the spring").
/// "last fall" and "this summer" are read by <see cref="DeicticRecognizer"/> through <see cref="Relative"/>.</summary>
internal static class SeasonRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (!s.Lexicons.Seasons.TryGet(s.Word(i), out var code))
        {
            return false;
        }

        if (MonthDateRecognizer.TryYearAfter(s, i + 1, out var year, out var end))
        {
            match = TemporalMatch.Date(i, end, InYear(year, code), "season-year") with { TakesDeterminer = true };
            return true;
        }

        // A bare season is a date only as the object of a temporal preposition ("in the spring", "by summer") or
        // placed in time by "early", "late" or "mid" ("the levels of the early summer"), and not as a modifier ("summer camp").
        var placed = s.Is(i - 1, "early") || s.Is(i - 1, "late") || s.Is(i - 1, "mid");
        var before = s.Is(i - 1, "the") ? i - 2 : i - 1;
        if (!(placed || s.Lexicons.FramePrepositions.Contains(s.Word(before))) || s.IsKind(i + 1, Text.TokenKind.Word) && !s.Is(i + 1, "and"))
        {
            return false;
        }

        var tense = s.TenseAround(i, i + 1);
        var current = CalendarPoint.Of(s.Reference, Granularity.Season);
        var step = tense == Tense.Future ? 1 : -1;
        var point = current;
        for (var k = 0; k < 4 && point.Value[^2..] != code; k++)
        {
            if (!point.TryShift(step, out point))
            {
                return false;
            }
        }

        match = TemporalMatch.Date(i, i + 1, point, "season") with { TakesDeterminer = true };
        return true;
    }

    public static CalendarPoint InYear(int year, string code) =>
        new(new DateOnly(year, CalendarPoint.SeasonStartMonth(code), 1), Granularity.Season);

    /// <summary>The season named <paramref name="code"/> that is last (-1), this (0) or next (1) from today.</summary>
    public static CalendarPoint? Relative(DateOnly today, string code, int step)
    {
        var current = CalendarPoint.Of(today, Granularity.Season);
        if (step == 0)
        {
            return current.Value.EndsWith(code, StringComparison.Ordinal) ? current : InYear(today.Year, code);
        }

        var point = current;
        for (var k = 0; k < 4; k++)
        {
            if (!point.TryShift(step, out point))
            {
                return null;
            }

            if (point.Value.EndsWith(code, StringComparison.Ordinal))
            {
                return point;
            }
        }

        return null;
    }
}
