using System.Globalization;

namespace AnnotationSdk.Client;

/// <summary>
/// Parses the part of a TIMEX3 value after "T": a part of day ("MO", "AF", "EV", "NI", "MI", "DT") or a clock
/// time "HH", "HH:MM", "HH:MM:SS" with optional fraction (24:00 being the day's end), followed by an optional zone ("Z", "+03:00") that
/// is accepted but not applied.
/// </summary>
internal static class TimexTimeParser
{
    private static readonly string[] ClockFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    public static bool TryParse(ReadOnlySpan<char> text, out TimeOnly? time, out TimexPartOfDay partOfDay)
    {
        time = null;
        partOfDay = text switch
        {
            "MO" => TimexPartOfDay.Morning,
            "MI" => TimexPartOfDay.Midday,
            "AF" => TimexPartOfDay.Afternoon,
            "EV" => TimexPartOfDay.Evening,
            "NI" => TimexPartOfDay.Night,
            "DT" => TimexPartOfDay.Daytime,
            _ => TimexPartOfDay.None,
        };
        if (partOfDay != TimexPartOfDay.None)
        {
            return true;
        }

        var zoneAt = text.IndexOfAny('Z', '+', '-');
        var clock = zoneAt < 0 ? text : text[..zoneAt];
        if (zoneAt >= 0 && !IsZone(text[zoneAt..]))
        {
            return false;
        }

        // ISO 8601's 24:00 is the end of the day; TimeOnly stops just before it.
        if (clock is "24" or "24:00" or "24:00:00")
        {
            time = TimeOnly.MaxValue;
            return true;
        }

        // "15" alone is an hour; the formats below need minutes.
        if (clock.Length == 2 && TryHour(clock, out var hour))
        {
            time = new TimeOnly(hour, 0);
            return true;
        }

        if (TimeOnly.TryParseExact(clock, ClockFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }

    private static bool TryHour(ReadOnlySpan<char> text, out int hour) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out hour) && hour < 24;

    // "Z", "+03", "+0300" or "+03:00".
    private static bool IsZone(ReadOnlySpan<char> zone)
    {
        if (zone is "Z")
        {
            return true;
        }

        var offset = zone[1..];
        return offset.Length switch
        {
            2 or 4 => !offset.ContainsAnyExceptInRange('0', '9'),
            5 => offset[2] == ':' && !offset[..2].ContainsAnyExceptInRange('0', '9') && !offset[3..].ContainsAnyExceptInRange('0', '9'),
            _ => false,
        };
    }
}
