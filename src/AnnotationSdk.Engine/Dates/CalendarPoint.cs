using System.Globalization;

namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// A calendar period: its first day and its granularity ("2025-04" is April 1st at month granularity).
/// This is what relative and anaphoric expressions are computed from and what TIMEX3 values are printed from.
/// </summary>
internal readonly record struct CalendarPoint(DateOnly Start, Granularity Granularity)
{
    /// <summary>The period of <paramref name="granularity"/> that contains <paramref name="date"/>.</summary>
    public static CalendarPoint Of(DateOnly date, Granularity granularity)
    {
        var start = granularity switch
        {
            Granularity.Day => date,
            Granularity.Week => TimexCalendar.TryAddDays(date, 1 - TimexCalendar.IsoWeekday(date), out var monday) ? monday : date,
            Granularity.Month => new DateOnly(date.Year, date.Month, 1),
            Granularity.Season => SeasonStart(date),
            Granularity.Quarter => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
            Granularity.Half => new DateOnly(date.Year, date.Month <= 6 ? 1 : 7, 1),
            Granularity.Year => new DateOnly(date.Year, 1, 1),
            _ => new DateOnly(Math.Max(1, date.Year / 10 * 10), 1, 1),
        };
        return new CalendarPoint(start, granularity);
    }

    /// <summary>Moves by <paramref name="count"/> periods of its own granularity.</summary>
    public bool TryShift(int count, out CalendarPoint shifted) => TryShift(UnitOf(Granularity), count, out shifted);

    /// <summary>Moves by <paramref name="count"/> units, keeping its granularity.</summary>
    public bool TryShift(TimeUnit unit, int count, out CalendarPoint shifted)
    {
        shifted = this;
        DateOnly moved;
        var ok = unit switch
        {
            TimeUnit.Day => TimexCalendar.TryAddDays(Start, count, out moved),
            TimeUnit.Week or TimeUnit.Weekend => TimexCalendar.TryAddDays(Start, 7L * count, out moved),
            TimeUnit.Month => TimexCalendar.TryAddMonths(Start, count, out moved),
            TimeUnit.Quarter => TimexCalendar.TryAddMonths(Start, 3L * count, out moved),
            TimeUnit.Year => TimexCalendar.TryAddMonths(Start, 12L * count, out moved),
            TimeUnit.Decade => TimexCalendar.TryAddMonths(Start, 120L * count, out moved),
            TimeUnit.Century => TimexCalendar.TryAddMonths(Start, 1200L * count, out moved),
            _ => TimexCalendar.TryAddDays(Start, 0, out moved),
        };
        if (ok)
        {
            shifted = Of(moved, Granularity);
        }

        return ok;
    }

    /// <summary>The same point at a coarser granularity (or unchanged if it is already coarser).</summary>
    public CalendarPoint AtMost(Granularity granularity) => granularity > Granularity ? Of(Start, granularity) : this;

    // Every value is written digit by digit: parsing a format string cost more than the rest of the rule
    // ("last week" and "the third quarter" are as common as a day in news).
    public string Value => Granularity switch
    {
        Granularity.Day => string.Create(10, Start, static (chars, date) => WriteDate(chars, date)),
        Granularity.Week => WeekValue(Start),
        Granularity.Month => string.Create(7, Start, static (chars, date) => WriteDate(chars, date)),
        Granularity.Season => YearAnd(Start.Year, ['-', SeasonCode(Start.Month)[0], SeasonCode(Start.Month)[1]]),
        Granularity.Quarter => YearAnd(Start.Year, ['-', 'Q', (char)('0' + ((Start.Month - 1) / 3) + 1)]),
        Granularity.Half => YearAnd(Start.Year, ['-', 'H', Start.Month <= 6 ? '1' : '2']),
        Granularity.Year => string.Create(4, Start, static (chars, date) => WriteDate(chars, date)),
        _ => string.Create(3, Start.Year / 10, static (chars, decade) => WriteDigits(chars, decade)),
    };

    /// <summary>"yyyy-Www", the ISO week's year and number.</summary>
    private static string WeekValue(DateOnly start)
    {
        var day = start.ToDateTime(TimeOnly.MinValue);
        var week = ISOWeek.GetWeekOfYear(day);
        return YearAnd(ISOWeek.GetYear(day), ['-', 'W', (char)('0' + (week / 10)), (char)('0' + (week % 10))]);
    }

    /// <summary>A year in four digits (as "0000" formats it: more past 9999), then <paramref name="suffix"/>.</summary>
    private static string YearAnd(int year, ReadOnlySpan<char> suffix)
    {
        if (year is < 0 or > 9999)
        {
            return string.Concat(year.ToString("0000", CultureInfo.InvariantCulture), suffix);
        }

        Span<char> chars = stackalloc char[4 + suffix.Length];
        WriteDigits(chars[..4], year);
        suffix.CopyTo(chars[4..]);
        return new string(chars);
    }

    /// <summary>"yyyy-MM-dd", or as much of it as <paramref name="chars"/> holds ("yyyy-MM", "yyyy").</summary>
    internal static void WriteDate(Span<char> chars, DateOnly date)
    {
        WriteDigits(chars[..4], date.Year);
        if (chars.Length >= 7)
        {
            chars[4] = '-';
            WriteDigits(chars.Slice(5, 2), date.Month);
        }

        if (chars.Length >= 10)
        {
            chars[7] = '-';
            WriteDigits(chars.Slice(8, 2), date.Day);
        }
    }

    /// <summary>The last <c>chars.Length</c> decimal digits of <paramref name="value"/>, zero-padded.</summary>
    internal static void WriteDigits(Span<char> chars, int value)
    {
        for (var k = chars.Length - 1; k >= 0; k--)
        {
            chars[k] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    public static TimeUnit UnitOf(Granularity granularity) => granularity switch
    {
        Granularity.Day => TimeUnit.Day,
        Granularity.Week => TimeUnit.Week,
        Granularity.Month => TimeUnit.Month,
        Granularity.Season or Granularity.Quarter => TimeUnit.Quarter,
        Granularity.Half => TimeUnit.Month,
        Granularity.Year => TimeUnit.Year,
        _ => TimeUnit.Decade,
    };

    public static Granularity? GranularityOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => Granularity.Day,
        TimeUnit.Week or TimeUnit.Weekend => Granularity.Week,
        TimeUnit.Month => Granularity.Month,
        TimeUnit.Quarter => Granularity.Quarter,
        TimeUnit.Year => Granularity.Year,
        TimeUnit.Decade => Granularity.Decade,
        _ => null,
    };

    /// <summary>Seasons start in March, June, September and December; January and February belong to the previous December's winter.</summary>
    private static DateOnly SeasonStart(DateOnly date)
    {
        var month = date.Month;
        return month <= 2
            ? (date.Year > 1 ? new DateOnly(date.Year - 1, 12, 1) : new DateOnly(1, 1, 1))
            : new DateOnly(date.Year, month / 3 * 3, 1);
    }

    private static string SeasonCode(int startMonth) => startMonth switch
    {
        3 or 4 or 5 => "SP",
        6 or 7 or 8 => "SU",
        9 or 10 or 11 => "FA",
        _ => "WI",
    };

    public static int SeasonStartMonth(string code) => code switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
}
