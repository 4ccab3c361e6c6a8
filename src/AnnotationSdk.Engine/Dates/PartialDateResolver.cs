namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// Gives a year to dates written without one ("April 26", "in October", "Friday") the way a news reader does:
/// a future cue picks the next occurrence, a past cue the last one, and with no cue the nearest one wins,
/// ties going to the past (news mostly reports what happened). A cue is tense, not a calendar: "the offer was
/// extended to Nov. 16" is said in the past of a date ahead, so a past cue that would send the date most of a
/// year back is overruled by the nearest reading. Future cues ("will", "scheduled") are about the date itself and hold.
/// </summary>
internal static class PartialDateResolver
{
    /// <summary>Beyond this many days back the nearest reading beats a past cue.</summary>
    private const int MaxCuedDistance = 250;
    private const int MaxCuedMonthDistance = 335;
    private const int PastLean = 2;

    public static CalendarPoint? MonthDay(DateOnly reference, int month, int day, Tense tense) =>
        Plausible(reference, MonthDayWith(reference, month, day, tense), tense) ?? MonthDayWith(reference, month, day, Tense.Unknown);

    /// <summary>The latest such day on or before the reference, for a cue that leaves no doubt ("ended Jan. 31").</summary>
    public static CalendarPoint? MonthDayOnOrBefore(DateOnly reference, int month, int day) => MonthDayWith(reference, month, day, Tense.Past);

    /// <summary>A month alone is vaguer than a day: a past cue may send it back almost a year ("bought in February", said in October).</summary>
    public static CalendarPoint? Month(DateOnly reference, int month, Tense tense) =>
        Plausible(reference, MonthWith(reference, month, tense), tense, MaxCuedMonthDistance) ?? MonthWith(reference, month, Tense.Unknown);

    private static CalendarPoint? Plausible(DateOnly reference, CalendarPoint? point, Tense tense, int maxDistance = MaxCuedDistance) =>
        tense != Tense.Past || (point is { } p && Math.Abs(p.Start.DayNumber - reference.DayNumber) <= maxDistance) ? point : null;

    private static CalendarPoint? MonthDayWith(DateOnly reference, int month, int day, Tense tense)
    {
        DateOnly? best = null;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (!TimexCalendar.IsValid(year, month, day))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            if (Better(candidate.DayNumber - reference.DayNumber, best is null ? null : best.Value.DayNumber - reference.DayNumber, tense))
            {
                best = candidate;
            }
        }

        return best is { } date ? new CalendarPoint(date, Granularity.Day) : null;
    }

    private static CalendarPoint? MonthWith(DateOnly reference, int month, Tense tense)
    {
        var referenceIndex = (reference.Year * 12) + reference.Month - 1;
        int? best = null;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (year is < 1 or > 9999)
            {
                continue;
            }

            var index = (year * 12) + month - 1;
            if (Better(Distance(index), best is { } current ? Distance(current) : null, tense))
            {
                best = index;
            }
        }

        return best is { } found ? new CalendarPoint(new DateOnly(found / 12, (found % 12) + 1, 1), Granularity.Month) : null;

        // With no cue a month ahead counts as a little farther than the same month back: news mostly reports what happened.
        int Distance(int index) => index - referenceIndex + (tense == Tense.Unknown && index > referenceIndex ? PastLean : 0);
    }

    /// <summary>A weekday within a week either side: a cue decides; without one it is the one just past, except
    /// tomorrow's weekday, which news uses for the next day ("talks resume Thursday") rather than six days ago.</summary>
    public static CalendarPoint? Weekday(DateOnly reference, int weekday, Tense tense)
    {
        var back = (TimexCalendar.IsoWeekday(reference) - weekday + 7) % 7;
        var ahead = (7 - back) % 7;
        var days = tense switch
        {
            Tense.Future => ahead,
            Tense.Past => -back,
            _ => ahead == 1 ? ahead : -back,
        };
        return TimexCalendar.TryAddDays(reference, days, out var date) ? new CalendarPoint(date, Granularity.Day) : null;
    }

    public static CalendarPoint? Holiday(DateOnly reference, Holiday holiday, Tense tense)
    {
        CalendarPoint? best = null;
        for (var year = Math.Max(1, reference.Year - 1); year <= Math.Min(9999, reference.Year + 1); year++)
        {
            var date = holiday.In(year);
            if (Better(date.DayNumber - reference.DayNumber, best is null ? null : best.Value.Start.DayNumber - reference.DayNumber, tense))
            {
                best = new CalendarPoint(date, Granularity.Day);
            }
        }

        return best;
    }

    /// <summary>Is a candidate at signed distance <paramref name="offset"/> from the reference better than the best so far?</summary>
    private static bool Better(int offset, int? best, Tense tense)
    {
        var allowed = tense switch
        {
            Tense.Future => offset >= 0,
            Tense.Past => offset <= 0,
            _ => true,
        };
        if (!allowed)
        {
            return false;
        }

        if (best is not { } current)
        {
            return true;
        }

        var distance = Math.Abs(offset);
        var bestDistance = Math.Abs(current);
        return distance < bestDistance || (distance == bestDistance && offset < current);
    }
}
