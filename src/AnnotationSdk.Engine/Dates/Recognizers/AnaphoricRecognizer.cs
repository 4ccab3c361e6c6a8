namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// Dates that point back to the date last talked about: "that same day", "that month", "the following year",
/// "the previous week", "the previous Friday". Resolved against the narrative frame (see <see cref="DateScanner.AnchorFor"/>),
/// else against the publication date.
/// </summary>
internal static class AnaphoricRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (!s.Lexicons.AnaphoricWords.TryMatch(s.Context.Text, s.Tokens, i, Math.Min(s.Count, i + 2), out var words))
        {
            return false;
        }

        if (s.Lexicons.DayParts.TryGet(s.Word(words.End), out var part))
        {
            return TryDayPart(s, i, words, part, out match);
        }

        if (words.Value != 0 && s.IsCapitalized(words.End) && s.Lexicons.Weekdays.TryGet(s.Word(words.End), out var weekday) && !s.IsPluralUnit(words.End))
        {
            return TryWeekday(s, i, words, weekday, out match);
        }

        if (!s.TryUnit(words.End, out var unit) || s.IsPluralUnit(words.End) || CalendarPoint.GranularityOf(unit) is not { } granularity)
        {
            return false;
        }

        var anchor = s.AnchorFor(i);
        var origin = anchor is { } a ? a.Point.AtMost(granularity) : CalendarPoint.Of(s.Reference, granularity);
        if (!origin.TryShift(unit, words.Value, out var point))
        {
            return false;
        }

        match = TemporalMatch.Date(i, words.End + 1, point, "anaphoric", anchor?.Annotation) with { Anchorable = false };
        return true;
    }

    /// <summary>"the previous Friday", "the following Monday": the weekday just before or after the day last talked
    /// about (the publication date when no day was).</summary>
    private static bool TryWeekday(DateScanner s, int i, Lexicons.PhraseMatch<int> words, int weekday, out TemporalMatch match)
    {
        match = default;
        var anchor = s.AnchorFor(i) is { Point.Granularity: Granularity.Day } a ? a : ((Model.DateAnnotation Annotation, CalendarPoint Point)?)null;
        var from = anchor?.Point.Start ?? s.Reference;
        var start = TimexCalendar.IsoWeekday(from);
        var days = words.Value < 0 ? -(((start - weekday + 6) % 7) + 1) : ((weekday - start + 6) % 7) + 1;
        if (!TimexCalendar.TryAddDays(from, days, out var date))
        {
            return false;
        }

        match = TemporalMatch.Date(i, words.End + 1, new CalendarPoint(date, Granularity.Day), "anaphoric-weekday", anchor?.Annotation) with { Anchorable = false };
        return true;
    }

    /// <summary>"that night", "the next morning": a part of the day last talked about (or of the one after it).</summary>
    private static bool TryDayPart(DateScanner s, int i, Lexicons.PhraseMatch<int> words, string part, out TemporalMatch match)
    {
        match = default;
        var anchor = s.AnchorFor(i);
        var day = anchor is { Point.Granularity: Granularity.Day } a ? a.Point : CalendarPoint.Of(s.Reference, Granularity.Day);
        if (!day.TryShift(words.Value, out var point))
        {
            return false;
        }

        var anchored = anchor is { Point.Granularity: Granularity.Day } ? anchor.Value.Annotation : null;
        match = new TemporalMatch(i, words.End + 1, Model.TemporalType.Time, point.Value + "T" + part, "anaphoric-daypart", point, anchored) with { Anchorable = false };
        return true;
    }
}
