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
        if (!s.Lexicons.AnaphoricWords.TryMatch(s.Context.Text, s.Tokens, i, Math.Min(s.Count, i + 2), out var words)
            || !s.TryUnit(words.End, out var unit) || s.IsPluralUnit(words.End)
            || CalendarPoint.GranularityOf(unit) is not { } granularity)
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
}
