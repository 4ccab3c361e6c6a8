using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// Business periods: "the third quarter (of 1989)", "third-quarter", "Q3 2024", "the first half",
/// "the latest quarter", "the year-earlier quarter", and "the quarter" meaning the one just talked about.
/// </summary>
internal static class QuarterRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (TryNumbered(s, i, out var number, out var granularity, out var end))
        {
            return Numbered(s, i, end, number, granularity, out match);
        }

        if (!s.Is(i, "the"))
        {
            return false;
        }

        var at = i + 1;
        var kind = s.Word(at);
        if (s.Is(at, "most") && s.Is(at + 1, "recent"))
        {
            at++;
        }

        var quarter = s.Is(at + 1, "quarter") ? at + 1 : s.Is(at, "quarter") ? at : -1;
        if (quarter < 0 && (s.Is(at, "year-earlier") || s.Is(at, "year-ago")) && s.Is(at + 1, "period"))
        {
            quarter = at + 1;
        }

        if (quarter < 0)
        {
            return false;
        }

        var anchor = s.AnchorFor(i);
        var lastCompleted = CalendarPoint.Of(s.Reference, Granularity.Quarter).TryShift(-1, out var previous) ? previous : CalendarPoint.Of(s.Reference, Granularity.Quarter);
        var talkedAbout = anchor is { } a && a.Point.Granularity == Granularity.Quarter ? a.Point : (CalendarPoint?)null;
        CalendarPoint? point = null;
        var fromAnchor = false;
        if (quarter == at && kind.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            point = talkedAbout ?? lastCompleted;
            fromAnchor = talkedAbout is not null;
        }
        else if (s.Is(at, "latest") || s.Is(at, "recent") || s.Is(at, "just-ended"))
        {
            point = lastCompleted;
        }
        else if (s.Is(at, "year-earlier") || s.Is(at, "year-ago"))
        {
            fromAnchor = talkedAbout is not null;
            point = (talkedAbout ?? lastCompleted).TryShift(TimeUnit.Year, -1, out var yearBefore) ? yearBefore : null;
        }

        if (point is not { } resolved)
        {
            return false;
        }

        match = TemporalMatch.Date(i, quarter + 1, resolved, "quarter-reference", fromAnchor);
        return true;
    }

    private static bool Numbered(DateScanner s, int i, int end, int number, Granularity granularity, out TemporalMatch match)
    {
        match = default;
        int year;
        if (MonthDateRecognizer.TryYearAfter(s, end, out var explicitYear, out var afterYear))
        {
            year = explicitYear;
            end = afterYear;
        }
        else if (s.Is(end, "of") && MonthDateRecognizer.RelativeYear(s, end + 1) is { } relative)
        {
            year = relative.Year;
            end = relative.End;
        }
        else
        {
            // The current year's, unless that period has not begun and the sentence speaks of the past.
            var current = granularity == Granularity.Quarter ? ((s.Reference.Month - 1) / 3) + 1 : s.Reference.Month <= 6 ? 1 : 2;
            year = number > current && s.TenseAround(i, end) == Tense.Past ? s.Reference.Year - 1 : s.Reference.Year;
        }

        if (year is < 1 or > 9999)
        {
            return false;
        }

        var months = granularity == Granularity.Quarter ? 3 : 6;
        var point = new CalendarPoint(new DateOnly(year, ((number - 1) * months) + 1, 1), granularity);
        match = TemporalMatch.Date(i, end, point, "quarter") with { TakesDeterminer = true };
        return true;
    }

    /// <summary>"third quarter", "third-quarter", "first half", "Q3".</summary>
    private static bool TryNumbered(DateScanner s, int i, out int number, out Granularity granularity, out int end)
    {
        granularity = Granularity.Quarter;
        end = i + 1;
        number = 0;
        var word = s.Word(i);
        if (!s.IsKind(i, TokenKind.Word))
        {
            return false;
        }

        if (word.Length == 2 && word[0] is 'Q' && word[1] is >= '1' and <= '4')
        {
            number = word[1] - '0';
            return true;
        }

        var hyphen = word.IndexOf('-');
        ReadOnlySpan<char> ordinal = hyphen > 0 ? word[..hyphen] : word;
        ReadOnlySpan<char> period = hyphen > 0 ? word[(hyphen + 1)..] : s.Word(i + 1);
        if (!s.Lexicons.Ordinals.TryGet(ordinal, out number))
        {
            return false;
        }

        end = hyphen > 0 ? i + 1 : i + 2;
        if (period.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        granularity = Granularity.Half;
        return period.Equals("half", StringComparison.OrdinalIgnoreCase) && number <= 2;
    }

}
