using System.Globalization;

namespace AnnotationSdk.Client;

/// <summary>
/// Parses the date part of a TIMEX3 value into the range it denotes: a year ("2024"), decade ("199X",
/// "199", "1990s"), century ("19XX", "19"), month ("2024-06"), day ("2024-06-05"), ISO week ("2025-W17",
/// "2025-W17-1", "2025-W17-WE"), quarter ("2024-Q3"), half ("2024-H1") or season ("2024-FA"). An "X"
/// in a component makes the value underspecified ("2024-XX", "199X-XX-XX"); the range is then the smallest
/// known one around it.
/// </summary>
internal static class TimexDateParser
{
    internal readonly record struct Result(DateOnly? Start, DateOnly? EndExclusive, DayOfWeek? DayOfWeek, bool IsUnderspecified);

    public static bool TryParse(ReadOnlySpan<char> text, out Result result)
    {
        result = default;
        if (!TryReadYear(ref text, out var year, out var spanYears, out var yearKnown))
        {
            return false;
        }

        var yearRange = yearKnown ? Range(year, 1, 1, spanYears * 12) : default;
        if (text.IsEmpty)
        {
            result = yearRange with { IsUnderspecified = !yearKnown };
            return true;
        }

        // Below a decade or century only unknown components may follow: "199X-XX-XX" is some day of the 1990s.
        if (spanYears != 1)
        {
            return IsUnknownMonthDay(text) && Done(yearRange with { IsUnderspecified = true }, out result);
        }

        if (text.Length < 2 || text[0] != '-')
        {
            return false;
        }

        text = text[1..];
        return text[0] switch
        {
            _ when TrySeason(text, out var firstMonth) => Done(yearKnown ? Range(year, firstMonth, 1, 3) : Unknown(), out result),
            'W' => TryParseWeek(text[1..], year, yearKnown, yearRange, out result),
            'Q' => TryParsePart(text[1..], 4, 3, year, yearKnown, yearRange, out result),
            'H' => TryParsePart(text[1..], 2, 6, year, yearKnown, yearRange, out result),
            _ => TryParseMonthDay(text, year, yearKnown, yearRange, out result),
        };
    }

    private static bool TryReadYear(ref ReadOnlySpan<char> text, out int year, out int spanYears, out bool known)
    {
        year = 0;
        spanYears = 1;
        known = false;
        var length = 0;
        while (length < text.Length && length < 4 && (char.IsAsciiDigit(text[length]) || text[length] == 'X'))
        {
            length++;
        }

        var digits = text[..length].IndexOf('X') is var x && x < 0 ? length : x;
        if (text[digits..length].ContainsAnyExcept('X'))
        {
            return false; // digits after an X, as in "1X9X"
        }

        year = digits == 0 ? 0 : int.Parse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
        var rest = text[length..];
        if (length == 4 && digits == 4 && rest.Length == 1 && rest[0] == 's' && year % 10 == 0)
        {
            // "1990s": the decade, written the way people say it.
            digits = 3;
            year /= 10;
            rest = [];
        }

        text = rest;
        switch (length, digits)
        {
            case (4, 4): known = year > 0; return known;
            case (4, 0): return true; // XXXX: the year is unknown
            case (4, 3) or (3, 3): (known, year, spanYears) = (true, year * 10, 10); break;
            case (4, 2) or (2, 2): (known, year, spanYears) = (true, year * 100, 100); break;
            case (4, 1): (known, year, spanYears) = (true, year * 1000, 1000); break;
            default: return false;
        }

        // Year 0 does not exist in DateOnly; the decade or century that starts there begins in year 1.
        year = Math.Max(year, 1);
        return true;
    }

    private static bool IsUnknownMonthDay(ReadOnlySpan<char> text) => text is "-XX" or "-XX-XX";

    private static bool TryParseMonthDay(ReadOnlySpan<char> text, int year, bool yearKnown, Result yearRange, out Result result)
    {
        result = default;
        if (!TryReadTwo(text, 1, 12, out var month) || (text.Length != 2 && (text.Length != 5 || text[2] != '-')))
        {
            return false;
        }

        if (text.Length == 2)
        {
            return Done(month is { } m && yearKnown ? Range(year, m, 1, 1) : yearRange with { IsUnderspecified = true }, out result);
        }

        // Without a known year or month, any day up to 31 may exist; February 29 exists in leap years.
        var daysInMonth = month is { } known ? DateTime.DaysInMonth(yearKnown ? year : 2000, known) : 31;
        if (!TryReadTwo(text[3..], 1, daysInMonth, out var day))
        {
            return false;
        }

        result = (yearKnown, month, day) switch
        {
            (true, { } m, { } d) => Day(new DateOnly(year, m, d)),
            (true, { } m, null) => Range(year, m, 1, 1) with { IsUnderspecified = true },
            _ => yearRange with { IsUnderspecified = true },
        };
        return true;
    }

    private static bool TryParseWeek(ReadOnlySpan<char> text, int year, bool yearKnown, Result yearRange, out Result result)
    {
        result = default;
        var weeks = yearKnown ? ISOWeek.GetWeeksInYear(year) : 53;
        var weekLength = text.IndexOf('-') is var dash && dash < 0 ? text.Length : dash;
        if (weekLength is < 1 or > 2 || !TryReadNumber(text[..weekLength], 1, weeks, out var week))
        {
            return false;
        }

        var weekStart = yearKnown && week is { } w ? DateOnly.FromDateTime(ISOWeek.ToDateTime(year, w, System.DayOfWeek.Monday)) : (DateOnly?)null;
        if (weekStart is { } last && last.DayNumber + 7 > DateOnly.MaxValue.DayNumber)
        {
            return false; // the last week of year 9999 ends after the last day DateOnly has
        }

        var dayText = text[weekLength..];
        if (dayText.IsEmpty)
        {
            return Done(weekStart is { } s ? Span(s, 7) : yearRange with { IsUnderspecified = true }, out result);
        }

        if (dayText is "-WE")
        {
            // The weekend: Saturday and Sunday of that week.
            return Done(weekStart is { } s ? Span(s.AddDays(5), 2) : yearRange with { IsUnderspecified = true }, out result);
        }

        if (dayText.Length != 2 || !TryReadNumber(dayText[1..], 1, 7, out var isoDay))
        {
            return false;
        }

        var dayOfWeek = isoDay is { } iso ? (DayOfWeek)(iso % 7) : (DayOfWeek?)null;
        result = (weekStart, isoDay) switch
        {
            ({ } s, { } n) => Day(s.AddDays(n - 1)),
            ({ } s, null) => Span(s, 7) with { IsUnderspecified = true },
            _ => yearRange with { IsUnderspecified = true },
        };
        result = result with { DayOfWeek = dayOfWeek };
        return true;
    }

    // Quarters and halves: part n of `count` equal parts of the year, each `months` long.
    private static bool TryParsePart(ReadOnlySpan<char> text, int count, int months, int year, bool yearKnown, Result yearRange, out Result result)
    {
        result = default;
        if (text.Length != 1 || !TryReadNumber(text, 1, count, out var part))
        {
            return false;
        }

        return Done(part is { } n && yearKnown ? Range(year, ((n - 1) * months) + 1, 1, months) : yearRange with { IsUnderspecified = true }, out result);
    }

    private static bool TrySeason(ReadOnlySpan<char> text, out int firstMonth)
    {
        firstMonth = text switch
        {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            "WI" => 12,
            _ => 0,
        };
        return firstMonth != 0;
    }

    // Two characters: a number in [min, max], or "XX" (null).
    private static bool TryReadTwo(ReadOnlySpan<char> text, int min, int max, out int? value)
    {
        value = null;
        return text.Length >= 2 && TryReadNumber(text[..2], min, max, out value);
    }

    // All digits in [min, max], or all X (null).
    private static bool TryReadNumber(ReadOnlySpan<char> text, int min, int max, out int? value)
    {
        value = null;
        if (!text.ContainsAnyExcept('X'))
        {
            return true;
        }

        if (text.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var number = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        value = number;
        return number >= min && number <= max;
    }

    private static bool Done(Result value, out Result result)
    {
        result = value;
        return true;
    }

    private static Result Unknown() => new(null, null, null, IsUnderspecified: true);

    private static Result Day(DateOnly day) => Span(day, 1);

    private static Result Span(DateOnly start, int days) =>
        new(start, start.DayNumber + days <= DateOnly.MaxValue.DayNumber ? start.AddDays(days) : null, null, false);

    // `months` months from the first of the given month; no end past year 9999.
    private static Result Range(int year, int month, int day, int months)
    {
        var start = new DateOnly(year, month, day);
        var endMonthIndex = (year * 12) + (month - 1) + months;
        DateOnly? end = endMonthIndex / 12 <= DateOnly.MaxValue.Year ? new DateOnly(endMonthIndex / 12, (endMonthIndex % 12) + 1, 1) : null;
        return new Result(start, end, null, false);
    }
}
