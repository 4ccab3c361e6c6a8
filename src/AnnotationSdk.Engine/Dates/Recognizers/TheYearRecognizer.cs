using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// "the year", "the fiscal year", "the full year", "the current fiscal year" ("the latest fiscal year" is the last one): in news, the year the story is about, which is the current one ("a high for
/// the year"). Followed by "ended"/"ending" and a date it is a twelve-month span closed by that date, so a
/// duration ("net income for the year ended June 30").
/// </summary>
internal static class TheYearRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (TryYearEnd(s, i, out match))
        {
            return true;
        }

        if (!s.Is(i, "the"))
        {
            return false;
        }

        if (TryLatest(s, i, out match))
        {
            return true;
        }

        var year = s.Is(i + 1, "current") && s.Is(i + 2, "fiscal") ? i + 3 : s.Is(i + 1, "fiscal") || s.Is(i + 1, "full") ? i + 2 : i + 1;
        if (!s.Is(year, "year") || (!s.Is(i + 1, "current") && RelatesToAnotherTime(s, year + 1)))
        {
            return false;
        }

        match = s.Is(year + 1, "ended") || s.Is(year + 1, "ending")
            ? new TemporalMatch(i, year + 1, TemporalType.Duration, TimeUnits.Duration(TimeUnit.Year, 1), "the-year-ended")
            : TemporalMatch.Date(i, year + 1, CalendarPoint.Of(s.Reference, Granularity.Year), "the-year") with { Anchorable = false };
        return true;
    }

    /// <summary>"the latest fiscal year", "the most recent year": the last one completed, whose results are in.</summary>
    private static bool TryLatest(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        var at = s.Is(i + 1, "most") && s.Is(i + 2, "recent") ? i + 3 : s.Is(i + 1, "latest") ? i + 2 : -1;
        if (at < 0)
        {
            return false;
        }

        var year = s.Is(at, "fiscal") ? at + 1 : at;
        if (!s.Is(year, "year") || RelatesToAnotherTime(s, year + 1) || !CalendarPoint.Of(s.Reference, Granularity.Year).TryShift(-1, out var last))
        {
            return false;
        }

        match = TemporalMatch.Date(i, year + 1, last, "the-latest-year") with { Anchorable = false };
        return true;
    }

    /// <summary>"year-end", "year end", "year's end": the end of the current year, or of the last one for a
    /// span reaching back to it ("since year-end"). Takes a determiner ("the year-end").</summary>
    private static bool TryYearEnd(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        int end;
        if (s.Is(i, "year-end"))
        {
            end = i + 1;
        }
        else if (s.Is(i, "year") && s.Is(i + 1, "end") && !s.IsGlued(i + 1))
        {
            end = i + 2;
        }
        else
        {
            return false;
        }

        var year = CalendarPoint.Of(s.Reference, Granularity.Year);
        if (s.Is(i - 1, "since") && !year.TryShift(-1, out year))
        {
            return false;
        }

        match = TemporalMatch.Date(i, end, year, "year-end") with { Mod = "END", TakesDeterminer = true, Anchorable = false };
        return true;
    }

    /// <summary>"the year before", "the year 2000", "the year of the flood", "the year when": another time, not this year.
    /// "a high for the year of $42" is this year: what follows "of" is an amount.</summary>
    private static bool RelatesToAnotherTime(DateScanner s, int next) =>
        s.IsKind(next, TokenKind.Number) || s.Is(next, "before") || s.Is(next, "after") || s.Is(next, "earlier") || s.Is(next, "later") || s.Is(next, "ago")
        || (s.Is(next, "of") && !s.IsKind(next + 1, TokenKind.Number) && !IsCurrencySign(s.Word(next + 1)))
        || s.Is(next, "when") || s.Is(next, "that");

    private static bool IsCurrencySign(ReadOnlySpan<char> word) =>
        word.Length == 1 && char.GetUnicodeCategory(word[0]) == System.Globalization.UnicodeCategory.CurrencySymbol;
}
