using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// Dates named from the publication date: "yesterday", "tonight", "last week", "this year", "next Monday",
/// "last November", "this morning", "last night", "earlier this month" (mod START), "later this year" (END).
/// </summary>
internal static class DeicticRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (s.Lexicons.DeicticDays.TryGet(s.Word(i), out var dayTag))
        {
            if (NameWords.IsInName(s, i))
            {
                return false;
            }

            return TryDeicticDay(s, i, dayTag, out match);
        }

        if (s.Is(i, "the") && s.Is(i + 1, "weekend"))
        {
            return TryTheWeekend(s, i, out match);
        }

        var mod = s.Is(i, "earlier") ? "START" : s.Is(i, "later") ? "END" : string.Empty;
        var at = mod.Length > 0 ? i + 1 : i;
        if (!s.Lexicons.RelativeWords.TryGet(s.Word(at), out var step) || (mod.Length > 0 && step != 0))
        {
            return false;
        }

        // "this past weekend", "this coming Sunday": the last or next one, said emphatically.
        if (step == 0 && mod.Length == 0 && (s.Is(at + 1, "past") || s.Is(at + 1, "coming")))
        {
            step = s.Is(at + 1, "past") ? -1 : 1;
            at++;
        }

        if (!TryTarget(s, at + 1, step, out match))
        {
            return false;
        }

        // "the last week", "the current year"; but not "the next week", which counts from another date.
        match = match with { First = i, Mod = mod, TakesDeterminer = (s.Is(at, "last") || s.Is(at, "current")) && mod.Length == 0 };
        return true;
    }

    /// <summary>"the weekend": the one just past, or the coming one when the sentence looks ahead
    /// (on a Saturday or Sunday, the current one either way).</summary>
    private static bool TryTheWeekend(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        var today = s.Reference;
        var inWeekend = TimexCalendar.IsoWeekday(today) >= 6;
        var step = inWeekend || s.TenseAround(i, i + 2) == Tense.Future ? 0 : -1;
        if (!CalendarPoint.Of(today, Granularity.Week).TryShift(step, out var week))
        {
            return false;
        }

        match = new TemporalMatch(i, i + 2, Model.TemporalType.Date, week.Value + "-WE", "deictic-weekend", week);
        return true;
    }

    private static bool TryDeicticDay(DateScanner s, int i, string tag, out TemporalMatch match)
    {
        match = default;
        var parts = tag.Split(' ');
        var offset = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        if (!TimexCalendar.TryAddDays(s.Reference, offset, out var date))
        {
            return false;
        }

        var point = new CalendarPoint(date, Granularity.Day);
        match = TemporalMatch.Date(i, i + 1, point, "deictic-day");
        if (parts.Length > 1)
        {
            match = match with { Type = TemporalType.Time, Value = point.Value + "T" + parts[1] };
        }

        return true;
    }

    private static bool TryTarget(DateScanner s, int at, int step, out TemporalMatch match)
    {
        match = default;
        var word = s.Word(at);
        var today = s.Reference;
        CalendarPoint? point = null;
        string? suffix = null;
        var rule = "deictic-unit";
        if (s.TryUnit(at, out var unit) && !s.IsPluralUnit(at))
        {
            if (NameWords.IsInName(s, at))
            {
                return false;
            }

            point = UnitPoint(today, unit, step);
            suffix = unit == TimeUnit.Weekend ? "-WE" : null;
        }
        else if (s.Lexicons.Weekdays.TryGet(word, out var weekday) && s.IsCapitalized(at) && !s.IsPluralUnit(at))
        {
            point = WeekdayPoint(today, weekday, step);
            rule = "deictic-weekday";
        }
        else if (s.TryMonth(at, out var month, out var afterMonth) && s.IsCapitalized(at))
        {
            point = MonthPoint(today, month, step);
            rule = "deictic-month";
            if (point is { } found)
            {
                match = TemporalMatch.Date(at - 1, afterMonth, found, rule);
                return true;
            }
        }
        else if (s.Lexicons.Seasons.TryGet(word, out var season))
        {
            point = SeasonRecognizer.Relative(today, season, step);
            rule = "deictic-season";
        }
        else if (s.Lexicons.DayParts.TryGet(word, out var dayPart) && step <= 0)
        {
            // "this morning" is today's; "last night" is yesterday's.
            if (!TimexCalendar.TryAddDays(today, step < 0 ? -1 : 0, out var day))
            {
                return false;
            }

            var dayPoint = new CalendarPoint(day, Granularity.Day);
            match = new TemporalMatch(at - 1, at + 1, TemporalType.Time, dayPoint.Value + "T" + dayPart, "deictic-daypart", dayPoint);
            return true;
        }

        if (point is not { } resolved)
        {
            return false;
        }

        match = TemporalMatch.Date(at - 1, at + 1, resolved, rule);
        if (suffix is not null)
        {
            match = match with { Value = resolved.Value + suffix };
        }

        return true;
    }

    private static CalendarPoint? UnitPoint(DateOnly today, TimeUnit unit, int step)
    {
        if (CalendarPoint.GranularityOf(unit) is not { } granularity)
        {
            return null;
        }

        return CalendarPoint.Of(today, granularity).TryShift(step, out var shifted) ? shifted : null;
    }

    /// <summary>"last Friday" is the latest Friday before today, "next Friday" the first after it,
    /// "this Friday" the one in the current week.</summary>
    private static CalendarPoint? WeekdayPoint(DateOnly today, int weekday, int step)
    {
        var todayNumber = TimexCalendar.IsoWeekday(today);
        var days = step switch
        {
            < 0 => -(((todayNumber - weekday + 6) % 7) + 1),
            > 0 => ((weekday - todayNumber + 6) % 7) + 1,
            _ => weekday - todayNumber,
        };
        return TimexCalendar.TryAddDays(today, days, out var date) ? new CalendarPoint(date, Granularity.Day) : null;
    }

    /// <summary>"last November" is the latest November before this month, "next May" the first after it.</summary>
    private static CalendarPoint? MonthPoint(DateOnly today, int month, int step)
    {
        var year = step switch
        {
            < 0 => month < today.Month ? today.Year : today.Year - 1,
            > 0 => month > today.Month ? today.Year : today.Year + 1,
            _ => today.Year,
        };
        return year is >= 1 and <= 9999 ? new CalendarPoint(new DateOnly(year, month, 1), Granularity.Month) : null;
    }
}
