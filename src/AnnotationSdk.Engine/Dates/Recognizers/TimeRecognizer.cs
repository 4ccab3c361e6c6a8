using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// Clock times: "10 a.m.", "10:30 p.m. EST", "9am", "noon", "midnight", on the day last mentioned in the
/// same sentence ("on Friday at 10 a.m.") or else on the publication date.
/// </summary>
internal static class TimeRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (!TryClock(s, i, out var hour, out var minute, out var end))
        {
            return false;
        }

        // The zone belongs to the span; TimeBank values leave it out ("5 p.m. EST" is T17:00), and so do we.
        if (s.Lexicons.TimeZones.Contains(s.Word(end)) && char.IsUpper(s.Word(end)[0]))
        {
            end++;
        }

        // "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": the day written after the time belongs to it.
        var next = s.Is(end, ",") ? end + 1 : end;
        if (DayAt(s, next) is { } written)
        {
            var withDay = ClockValue(written.Point!.Value.Start, hour, minute);
            match = new TemporalMatch(i, written.End, TemporalType.Time, withDay, "clock-day", written.Point);
            return true;
        }

        var (day, anchor) = s.DayFor(i);
        var value = ClockValue(day.Start, hour, minute);
        match = new TemporalMatch(i, end, TemporalType.Time, value, "clock", Anchor: anchor);
        return true;
    }

    /// <summary>"yyyy-MM-ddTHH:mm", written digit by digit (a format string cost more than the rule); hours run to 24.</summary>
    private static string ClockValue(DateOnly day, int hour, int minute) =>
        string.Create(16, (day, hour, minute), static (chars, clock) =>
        {
            CalendarPoint.WriteDate(chars[..10], clock.day);
            chars[10] = 'T';
            CalendarPoint.WriteDigits(chars.Slice(11, 2), clock.hour);
            chars[13] = ':';
            CalendarPoint.WriteDigits(chars.Slice(14, 2), clock.minute);
        });

    /// <summary>A weekday, a month and day, or "yesterday"/"today"/"tomorrow" at <paramref name="at"/>.</summary>
    internal static TemporalMatch? DayAt(DateScanner s, int at)
    {
        if ((WeekdayRecognizer.TryMatch(s, at, out var day) || MonthDateRecognizer.TryMatch(s, at, out day) || DeicticRecognizer.TryMatch(s, at, out day))
            && day.Type == TemporalType.Date && day.Point is { Granularity: Granularity.Day })
        {
            return day;
        }

        return null;
    }

    private static bool TryClock(DateScanner s, int i, out int hour, out int minute, out int end)
    {
        hour = 0;
        minute = 0;
        end = i + 1;
        if (s.Lexicons.ClockWords.TryGet(s.Word(i), out var tag) && DateScanner.TryDigits(tag, out hour))
        {
            // "High Noon" is a title.
            return !NameWords.IsInName(s, i);
        }

        if (!s.IsKind(i, TokenKind.Number))
        {
            return false;
        }

        // "10", "10:30", or "10am" / "10:30pm" glued.
        var word = s.Word(i);
        var digitsEnd = 0;
        while (digitsEnd < word.Length && (char.IsAsciiDigit(word[digitsEnd]) || word[digitsEnd] == ':'))
        {
            digitsEnd++;
        }

        var clock = word[..digitsEnd];
        var glued = word[digitsEnd..];
        string? half;
        if (glued.Length > 0)
        {
            half = s.Lexicons.ClockWords.TryGet(glued, out var gluedTag) && gluedTag is "am" or "pm" ? gluedTag : null;
        }
        else if (s.Lexicons.ClockWords.TryGet(s.Word(i + 1), out var nextTag) && nextTag is "am" or "pm")
        {
            half = nextTag;
            end = i + 2;
        }
        else
        {
            half = null;
        }

        var colon = clock.IndexOf(':');
        var hourPart = colon < 0 ? clock : clock[..colon];
        var minutePart = colon < 0 ? "0" : clock[(colon + 1)..];
        if (!DateScanner.TryDigits(hourPart, out hour)
            || !DateScanner.TryDigits(minutePart, out minute) || minute > 59 || minutePart.Length != (colon < 0 ? 1 : 2))
        {
            return false;
        }

        // Without a.m./p.m., only "14:30"-style times are clock times; "10" alone is just a number.
        if (half is null)
        {
            return colon > 0 && hour <= 23 && s.Is(i - 1, "at");
        }

        if (hour is < 1 or > 12)
        {
            return false;
        }

        hour = half == "pm" && hour != 12 ? hour + 12 : half == "am" && hour == 12 ? 0 : hour;
        return true;
    }
}
