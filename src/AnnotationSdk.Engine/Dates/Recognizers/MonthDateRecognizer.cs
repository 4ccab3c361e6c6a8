using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// Dates written with a month name: "April 28, 2025", "28 April 2025", "October 2024", "June of last year",
/// and partial ones resolved like a reader would ("April 26", "in February").
/// </summary>
internal static class MonthDateRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (TryCoordinatedDay(s, i, out match))
        {
            return true;
        }

        if (s.TryDay(i, out var leadingDay) && s.TryMonth(i + 1, out var month, out var afterMonth) && PlausibleMonthWord(s, i + 1))
        {
            // "28 April 2025", "4 July".
            return TryDayMonth(s, i, leadingDay, month, afterMonth, out match);
        }

        if (!s.TryMonth(i, out month, out afterMonth) || !PlausibleMonthWord(s, i))
        {
            return false;
        }

        if (s.TryDay(afterMonth, out var day) && !FollowedByQuantity(s, afterMonth + 1))
        {
            return TryMonthDay(s, i, month, day, afterMonth + 1, out match);
        }

        if (TryYearAfter(s, afterMonth, out var year, out var end))
        {
            return Exact(i, end, year, month, "month-year", out match);
        }

        if (RelativeYear(s, s.Is(afterMonth, "of") ? afterMonth + 1 : afterMonth) is { } relative)
        {
            // "June of last year", "January this year": one span, the month of a year named relative to now.
            var point = new CalendarPoint(new DateOnly(relative.Year, month, 1), Granularity.Month);
            match = TemporalMatch.Date(i, relative.End, point, "month-of-relative-year");
            return true;
        }

        if (!StandsAloneAsMonth(s, i, afterMonth))
        {
            return false;
        }

        var partial = PartialDateResolver.Month(s.Reference, month, s.TenseAround(i, afterMonth));
        if (partial is not { } resolved)
        {
            return false;
        }

        match = TemporalMatch.Date(i, afterMonth, resolved, "month");
        return true;
    }

    private static bool TryDayMonth(DateScanner s, int i, int day, int month, int afterMonth, out TemporalMatch match)
    {
        if (TryYearAfter(s, afterMonth, out var year, out var end))
        {
            return ExactDay(i, end, year, month, day, "day-month-year", out match);
        }

        return Partial(s, i, afterMonth, month, day, "day-month", out match);
    }

    private static bool TryMonthDay(DateScanner s, int i, int month, int day, int afterDay, out TemporalMatch match)
    {
        var next = s.Is(afterDay, ",") ? afterDay + 1 : afterDay;
        if (s.TryYear(next, out var year) && !FollowedByQuantity(s, next + 1))
        {
            return ExactDay(i, next + 1, year, month, day, "month-day-year", out match);
        }

        return Partial(s, i, afterDay, month, day, "month-day", out match);
    }

    private static bool Partial(DateScanner s, int i, int end, int month, int day, string rule, out TemporalMatch match)
    {
        match = default;
        // "the fiscal year ended Jan. 31": a period said to have ended closed on or before the publication
        // date, however long ago; the nearest-reading guard against loose past cues does not apply.
        var point = s.Is(i - 1, "ended")
            ? PartialDateResolver.MonthDayOnOrBefore(s.Reference, month, day)
            : PartialDateResolver.MonthDay(s.Reference, month, day, s.TenseAround(i, end));
        if (point is null)
        {
            return false;
        }

        match = TemporalMatch.Date(i, end, point.Value, rule);
        return true;
    }

    private static bool Exact(int i, int end, int year, int month, string rule, out TemporalMatch match)
    {
        match = TemporalMatch.Date(i, end, new CalendarPoint(new DateOnly(year, month, 1), Granularity.Month), rule);
        return true;
    }

    private static bool ExactDay(int i, int end, int year, int month, int day, string rule, out TemporalMatch match)
    {
        match = default;
        if (!TimexCalendar.IsValid(year, month, day))
        {
            return false;
        }

        match = TemporalMatch.Date(i, end, new CalendarPoint(new DateOnly(year, month, day), Granularity.Day), rule);
        return true;
    }

    /// <summary>A year after a month, optionally after a comma or "of": "October 2024", "May, 2025", "the summer of 2024",
    /// and as transcripts spell it: "January nineteen ninety-seven".</summary>
    internal static bool TryYearAfter(DateScanner s, int at, out int year, out int end)
    {
        var next = s.Is(at, ",") || s.Is(at, "of") ? at + 1 : at;
        end = next + 1;
        if (s.TryYear(next, out year))
        {
            return !FollowedByQuantity(s, next + 1);
        }

        if (!s.Is(next, "the") && NumericDateRecognizer.TrySpokenYear(s, next, out var spoken, out var afterSpoken))
        {
            year = spoken.Start.Year;
            end = afterSpoken;
            return true;
        }

        return false;
    }

    /// <summary>"last year", "this year", "next year" after "of".</summary>
    internal static (int Year, int End)? RelativeYear(DateScanner s, int at)
    {
        if (s.Is(at + 1, "year") && s.Lexicons.RelativeWords.TryGet(s.Word(at), out var step))
        {
            var year = s.Reference.Year + step;
            return year is >= 1 and <= 9999 ? (year, at + 2) : null;
        }

        return null;
    }

    /// <summary>What follows a coordinated day must end the phrase: "24 and 25 people" counts people.</summary>
    private static bool EndsPhrase(DateScanner s, int next) =>
        !s.SameSentence(next - 1, next) || !s.IsKind(next, TokenKind.Word) || s.Is(next, "and") || s.Is(next, "or")
        || s.Lexicons.FramePrepositions.Contains(s.Word(next));

    /// <summary>"on April 24 and 25", "from May 3 to 5": a bare day number joined to the month and day just found is another
    /// day of the same month (a later one), in the same year.</summary>
    private static bool TryCoordinatedDay(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (!s.TryDay(i, out var day) || !(s.Is(i - 1, "and") || s.Is(i - 1, "or") || s.Is(i - 1, "to") || s.Is(i - 1, "through"))
            || !s.TryDay(i - 2, out var firstDay) || day <= firstDay || !EndsPhrase(s, i + 1)
            || FollowedByQuantity(s, i + 1) || s.Is(i + 1, "%")
            || s.LastMentioned is not { } last || last.Point.Granularity != Granularity.Day || last.Point.Start.Day != firstDay
            || s.Context.Text[last.Annotation.Span.End..s.Tokens[i - 1].Start].Trim().Length != 0
            || !(MonthEndsAt(s, i - 3, i - 2, out var month) || MonthEndsAt(s, i - 4, i - 2, out month)) || last.Point.Start.Month != month
            || day > DateTime.DaysInMonth(last.Point.Start.Year, month))
        {
            return false;
        }

        var point = new CalendarPoint(new DateOnly(last.Point.Start.Year, month, day), Granularity.Day);
        match = TemporalMatch.Date(i, i + 1, point, "coordinated-day");
        return true;
    }

    /// <summary>A month name ("June", "Sept.") starting at <paramref name="first"/> and ending right before <paramref name="end"/>.</summary>
    private static bool MonthEndsAt(DateScanner s, int first, int end, out int month) =>
        s.TryMonth(first, out month, out var afterMonth) && afterMonth == end;

    /// <summary>"March 3,000 troops" or "May 5 percent" are not dates.</summary>
    private static bool FollowedByQuantity(DateScanner s, int at) => s.Is(at, "%") || s.Is(at, "percent") || s.Is(at, "per");

    /// <summary>"may" and "march" in lower case are a modal and a verb; month names are capitalized in English.</summary>
    private static bool PlausibleMonthWord(DateScanner s, int i) => s.IsCapitalized(i);

    /// <summary>A bare month name needs more care: "May" opens questions and wishes, "June" and "April" are names,
    /// abbreviations alone are rare, and a capitalized name after it makes it a person ("April Glaspie").</summary>
    private static bool StandsAloneAsMonth(DateScanner s, int i, int afterMonth)
    {
        if (s.IsAbbreviatedMonth(i) || (s.IsCapitalized(afterMonth) && !s.StartsSentence(afterMonth)))
        {
            return false;
        }

        var ambiguous = s.Is(i, "may") || s.Is(i, "march");
        return !ambiguous || s.Lexicons.FramePrepositions.Contains(s.Word(i - 1)) || s.Lexicons.RelativeWords.Contains(s.Word(i - 1))
            || s.Lexicons.Modifiers.TryMatch(s.Context.Text, s.Tokens, i - 1, i, out _) || s.Is(i - 1, "of") || s.Is(i - 1, "through") || s.Is(i - 1, "to");
    }
}
