namespace AnnotationSdk.Client;

/// <summary>
/// Parses TIMEX3 values in one left-to-right pass over at most a few dozen characters: no regex, no
/// exceptions for bad input. Dispatches on the first character: P = duration, a _REF word, otherwise a
/// date with an optional time after T.
/// </summary>
internal static class TimexParser
{
    // No real TIMEX3 value is longer; anything longer is rejected before any work.
    private const int MaxLength = 64;

    public static bool TryParse(string value, out Timex timex)
    {
        timex = default;
        if (value.Length is 0 or > MaxLength)
        {
            return false;
        }

        if (TryParseReference(value, out var reference))
        {
            timex = new Timex { Raw = value, Kind = TimexKind.Reference, Reference = reference };
            return true;
        }

        if (value[0] == 'P')
        {
            if (!TimexPeriodParser.TryParse(value.AsSpan(1), out var period))
            {
                return false;
            }

            timex = new Timex { Raw = value, Kind = TimexKind.Duration, Period = period };
            return true;
        }

        var timeAt = value.IndexOf('T', StringComparison.Ordinal);
        var datePart = timeAt < 0 ? value.AsSpan() : value.AsSpan(0, timeAt);
        var date = default(TimexDateParser.Result);
        if (!datePart.IsEmpty && !TimexDateParser.TryParse(datePart, out date))
        {
            return false;
        }

        if (timeAt < 0)
        {
            timex = Build(value, TimexKind.Date, date);
            return true;
        }

        if (!TimexTimeParser.TryParse(value.AsSpan(timeAt + 1), out var time, out var partOfDay))
        {
            return false;
        }

        // A time of day without a date ("T15:00") has no range of its own.
        timex = Build(value, TimexKind.Time, date) with { TimeOfDay = time, PartOfDay = partOfDay };
        return true;
    }

    private static Timex Build(string raw, TimexKind kind, TimexDateParser.Result date) => new()
    {
        Raw = raw,
        Kind = kind,
        Start = date.Start,
        EndExclusive = date.EndExclusive,
        DayOfWeek = date.DayOfWeek,
        IsUnderspecified = date.IsUnderspecified,
    };

    private static bool TryParseReference(string value, out TimexReference reference)
    {
        reference = value switch
        {
            "PAST_REF" => TimexReference.Past,
            "PRESENT_REF" => TimexReference.Present,
            "FUTURE_REF" => TimexReference.Future,
            _ => TimexReference.None,
        };
        return reference != TimexReference.None;
    }
}
