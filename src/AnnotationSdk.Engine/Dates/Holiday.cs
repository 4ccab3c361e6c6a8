using System.Globalization;

namespace AnnotationSdk.Engine.Dates;

/// <summary>A holiday: a fixed month and day, or the n-th weekday of a month (Thanksgiving).</summary>
internal readonly record struct Holiday(int Month, int Day, int Nth, int Weekday)
{
    /// <summary>"12-25" for a fixed day; "11/4/4" for the fourth Thursday of November.</summary>
    public static Holiday Parse(string tag)
    {
        var parts = tag.Split('/', '-');
        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return tag.Contains('/', StringComparison.Ordinal)
            ? new Holiday(numbers[0], 0, numbers[1], numbers[2])
            : new Holiday(numbers[0], numbers[1], 0, 0);
    }

    public DateOnly In(int year)
    {
        if (Nth == 0)
        {
            return new DateOnly(year, Month, Day);
        }

        var first = new DateOnly(year, Month, 1);
        var offset = (Weekday - TimexCalendar.IsoWeekday(first) + 7) % 7;
        return first.AddDays(offset + (7 * (Nth - 1)));
    }
}
