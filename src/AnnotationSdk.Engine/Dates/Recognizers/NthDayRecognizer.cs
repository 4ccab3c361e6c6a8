namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// "Today is the eighth day of the siege", "It's the second day of the strike": a count of days said of today names
/// the publication date. Elsewhere ("on the second day of the talks") it counts from an event the text may not date.
/// </summary>
internal static class NthDayRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (!s.Lexicons.Ordinals.TryGet(s.Word(i), out _) || !s.Is(i + 1, "day"))
        {
            return false;
        }

        var verb = s.Is(i - 1, "the") ? i - 2 : i - 1;
        // The scanner reads "It's" as "It" (see DateScanner.Word); the token is longer by its "'s".
        var itIs = s.Is(verb, "it") && s.Word(verb).Length < s.Tokens[verb].Length;
        var saidOfToday = itIs || (s.Is(verb, "is") && (s.Is(verb - 1, "today") || s.Is(verb - 1, "it")));
        if (!saidOfToday || !s.SameSentence(itIs ? verb : verb - 1, i + 1))
        {
            return false;
        }

        match = TemporalMatch.Date(i, i + 2, CalendarPoint.Of(s.Reference, Granularity.Day), "nth-day-today") with { TakesDeterminer = true, Anchorable = false };
        return true;
    }
}
