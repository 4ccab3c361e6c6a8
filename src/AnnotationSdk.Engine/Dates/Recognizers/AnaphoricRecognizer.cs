namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// Dates that point back to the date last talked about: "that same day", "that month", "the following year",
/// "the previous week". Resolved against the narrative frame (see <see cref="DateScanner.AnchorFor"/>),
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
