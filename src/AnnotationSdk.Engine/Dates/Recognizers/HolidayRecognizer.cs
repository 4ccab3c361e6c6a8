namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// Holidays. A holiday name is a date only when its year can be resolved: with a year ("Christmas 2024"),
/// a deictic word ("last Christmas", "the upcoming Victory Day"), or as the object of a temporal
/// preposition ("on Thanksgiving") or of a verb in the past tense ("was found Thanksgiving Day"). Used as a modifier ("the Victory Day parade") it names an event, not a date.
/// </summary>
internal static class HolidayRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        var step = 0;
        var at = i;
        if (s.Lexicons.RelativeWords.TryGet(s.Word(i), out var deictic))
        {
            step = deictic;
            at = i + 1;
        }

        if (!s.IsCapitalized(at) || !s.Lexicons.Holidays.TryMatch(s.Context.Text, s.Tokens, at, Math.Min(s.Count, at + 4), out var holiday))
        {
            return false;
        }

        var end = holiday.End;
        if (at == i && MonthDateRecognizer.TryYearAfter(s, end, out var year, out var afterYear))
        {
            match = TemporalMatch.Date(i, afterYear, new CalendarPoint(holiday.Value.In(year), Granularity.Day), "holiday-year");
            return true;
        }

        var upcoming = s.Is(at - 1, "upcoming") || s.Is(at - 1, "coming");
        var objectOfPreposition = s.Lexicons.FramePrepositions.Contains(s.Word(at - 1))
            && (!s.IsKind(end, Text.TokenKind.Word) || s.Is(end, "and") || s.Is(end, "or") || s.Lexicons.FramePrepositions.Contains(s.Word(end)));
        // "he was found Thanksgiving Day clinging to a tube": after a verb in the past tense, a holiday that
        // no noun follows is when the thing happened.
        var afterPastVerb = s.IsPastVerb(at - 1)
            && (!s.IsKind(end, Text.TokenKind.Word) || s.Word(end).EndsWith("ing", StringComparison.Ordinal) || s.Lexicons.FramePrepositions.Contains(s.Word(end)));
        if (at == i && !upcoming && !objectOfPreposition && !afterPastVerb)
        {
            return false;
        }

        var tense = step switch
        {
            < 0 => Tense.Past,
            > 0 => Tense.Future,
            _ => upcoming ? Tense.Future : s.TenseAround(at, end),
        };
        if (PartialDateResolver.Holiday(s.Reference, holiday.Value, tense) is not { } point)
        {
            return false;
        }

        match = TemporalMatch.Date(i, end, point, "holiday");
        return true;
    }
}
