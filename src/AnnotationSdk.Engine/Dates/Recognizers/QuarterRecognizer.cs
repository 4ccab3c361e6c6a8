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

        return TryQualified(s, i, out match) || TryReferenced(s, i, out match);
    }

    /// <summary>"the quarter" (the one just reported on), "the latest quarter", "the most recent quarter",
    /// "the latest period" (the last completed one), "the year-earlier quarter", "the year-ago period".</summary>
    private static bool TryReferenced(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (!s.Is(i, "the"))
        {
            return false;
        }

        var at = s.Is(i + 1, "most") && s.Is(i + 2, "recent") ? i + 2 : i + 1;
        var latest = s.Is(at, "latest") || s.Is(at, "recent") || s.Is(at, "just-ended");
        var yearBefore = s.Is(at, "year-earlier") || s.Is(at, "year-ago");
        var noun = s.Is(at, "quarter") ? at
            : (latest || yearBefore) && (s.Is(at + 1, "quarter") || s.Is(at + 1, "period")) ? at + 1
            : -1;
        if (noun < 0)
        {
            return false;
        }

        var current = CalendarPoint.Of(s.Reference, Granularity.Quarter);
        var lastCompleted = current.TryShift(-1, out var previous) ? previous : current;
        var ended = latest || yearBefore ? null : EndedOn(s, noun);
        var talkedAbout = latest || ended is not null ? null : s.RecentPeriod(i) is { Point.Granularity: Granularity.Quarter } period ? period : ((Model.DateAnnotation Annotation, CalendarPoint Point)?)null;
        var point = ended ?? talkedAbout?.Point ?? lastCompleted;
        if (yearBefore && !point.TryShift(TimeUnit.Year, -1, out point))
        {
            return false;
        }

        // "the quarter" names the period talked about and may anchor what follows; "the year-earlier quarter" is computed.
        match = TemporalMatch.Date(i, noun + 1, point, "quarter-reference", talkedAbout?.Annotation) with { Anchorable = !yearBefore };
        return true;
    }

    /// <summary>"the quarter ended Sept. 30": the calendar quarter most of those three months fall in (a quarter
    /// ended July 31 ran May to July: the second). Said of a fiscal quarter too, which its number would not tell.</summary>
    private static CalendarPoint? EndedOn(DateScanner s, int noun)
    {
        if (!(s.Is(noun + 1, "ended") || s.Is(noun + 1, "ending")) || !MonthDateRecognizer.TryMatch(s, noun + 2, out var ended)
            || ended.Point is not { Granularity: Granularity.Day } day || !TimexCalendar.TryAddDays(day.Start, -45, out var middle))
        {
            return null;
        }

        return CalendarPoint.Of(middle, Granularity.Quarter);
    }

    /// <summary>"the 1988 second quarter", "this year's third quarter", "the year-earlier third quarter",
    /// "the fiscal first quarter": a year qualifier between determiner and quarter.</summary>
    private static bool TryQualified(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        var at = s.Is(i, "the") ? i + 1 : i;
        int? year = null;
        var yearsBack = 0;
        if (s.TryYear(at, out var explicitYear))
        {
            year = explicitYear;
            at++;
            if (at == i + 2 && (s.Is(at, "period") || s.Is(at, "quarter")))
            {
                return TryYearPeriod(s, i, explicitYear, out match);
            }
        }
        else if (MonthDateRecognizer.RelativeYear(s, at) is { } relative)
        {
            year = relative.Year;
            at = relative.End;
        }
        else if (s.Is(at, "year-earlier") || s.Is(at, "year-ago"))
        {
            yearsBack = 1;
            at++;
        }

        if (s.Is(at, "fiscal"))
        {
            at++;
        }

        // A bare "the third quarter" is the plain rule's; this one needs a qualifier.
        if (at == i || (at == i + 1 && s.Is(i, "the")))
        {
            return false;
        }

        if (!TryNumbered(s, at, out var number, out var granularity, out var end) || !Numbered(s, at, end, number, granularity, out var numbered)
            || numbered.Point is not { } point)
        {
            return false;
        }

        if (year is { } named)
        {
            point = point with { Start = new DateOnly(named, point.Start.Month, 1) };
        }

        if (yearsBack > 0 && !point.TryShift(TimeUnit.Year, -yearsBack, out point))
        {
            return false;
        }

        match = TemporalMatch.Date(i, numbered.End, point, "quarter-qualified") with { Anchorable = yearsBack == 0 };
        return true;
    }

    /// <summary>"the 1988 period", "the 1988 quarter": the period just reported on, in that year (the year itself
    /// when no period was reported).</summary>
    private static bool TryYearPeriod(DateScanner s, int i, int year, out TemporalMatch match)
    {
        var recent = s.RecentPeriod(i);
        var point = recent is { } period
            ? period.Point with { Start = new DateOnly(year, period.Point.Start.Month, 1) }
            : new CalendarPoint(new DateOnly(year, 1, 1), Granularity.Year);
        match = TemporalMatch.Date(i, i + 3, point, "quarter-year-period", recent?.Annotation) with { Anchorable = false };
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
        match = TemporalMatch.Date(i, end, point, "quarter") with { TakesDeterminer = !WithoutFiscal(s.Word(i)).Contains('-') };
        return true;
    }

    /// <summary>"third quarter", "third-quarter", "first half", "Q3".</summary>
    private static bool TryNumbered(DateScanner s, int i, out int number, out Granularity granularity, out int end)
    {
        granularity = Granularity.Quarter;
        end = i + 1;
        number = 0;
        if (!s.IsKind(i, TokenKind.Word))
        {
            return false;
        }

        var word = WithoutFiscal(s.Word(i));
        if (word.Length == 2 && word[0] is 'Q' && word[1] is >= '1' and <= '4')
        {
            number = word[1] - '0';
            return true;
        }

        var hyphen = word.IndexOf('-');
        ReadOnlySpan<char> ordinal = hyphen > 0 ? word[..hyphen] : word;
        ReadOnlySpan<char> period = hyphen > 0 ? word[(hyphen + 1)..] : s.Word(i + 1);

        // The rule is tried at every number, "the", "this" and ordinal: nearly always no quarter or half follows, which
        // is told before any look-up.
        var quarter = period.Equals("quarter", StringComparison.OrdinalIgnoreCase);
        if (!quarter && !period.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "the last half of 1989" is the second; "the last half of the decade" is left to the modifier.
        var lastHalf = (ordinal.Equals("last", StringComparison.OrdinalIgnoreCase) || ordinal.Equals("latter", StringComparison.OrdinalIgnoreCase))
            && period.Equals("half", StringComparison.OrdinalIgnoreCase) && hyphen < 0 && (!s.Is(i + 2, "of") || s.TryYear(i + 3, out _));
        if (lastHalf)
        {
            number = 2;
        }
        else if (!s.Lexicons.Ordinals.TryGet(ordinal, out number) || number > 4)
        {
            return false;
        }

        // "third-quarter" is an adjective ("the third-quarter results"): its determiner belongs to the noun.
        end = hyphen > 0 ? i + 1 : i + 2;
        if (quarter)
        {
            return true;
        }

        granularity = Granularity.Half;
        return number <= 2;
    }

    /// <summary>"the fiscal-first quarter" is numbered in the fiscal year, the numbering the text gives.</summary>
    private static ReadOnlySpan<char> WithoutFiscal(ReadOnlySpan<char> word) =>
        word.StartsWith("fiscal-", StringComparison.OrdinalIgnoreCase) ? word["fiscal-".Length..] : word;
}
