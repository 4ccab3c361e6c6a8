namespace AnnotationSdk.Client;

/// <summary>
/// Parses the part of a TIMEX3 duration after "P": date units (Y, M, W, D, Q, and DE/E, CE/C, ML/L for
/// decades, centuries, millennia), then after "T" time units (H, M, S). A count is digits or "X" (unknown);
/// "PXX" leaves the unit unknown too.
/// </summary>
internal static class TimexPeriodParser
{
    // Longer counts are not durations anyone writes; the bound keeps the arithmetic below far from overflow.
    private const int MaxDigits = 6;
    private const int MaxComponent = 1_000_000;

    public static bool TryParse(ReadOnlySpan<char> text, out TimexPeriod period)
    {
        period = default;
        if (text.IsEmpty)
        {
            return false;
        }

        var inTime = false;
        var any = false;
        while (!text.IsEmpty)
        {
            if (text[0] == 'T')
            {
                if (inTime)
                {
                    return false;
                }

                inTime = true;
                text = text[1..];
                continue;
            }

            if (!TryReadCount(ref text, out var count, out var unknown) || text.IsEmpty)
            {
                return false;
            }

            var unitLength = UnitLength(text, inTime);

            // "PXX": some amount of some unit; only the unknown count may come with an unknown unit.
            var unknownUnit = unknown && text[0] == 'X';
            if (unitLength == 0 || (!unknownUnit && !TryAdd(ref period, text[..unitLength], count, inTime)))
            {
                return false;
            }

            period = period with
            {
                IsCountUnknown = period.IsCountUnknown || unknown,
                Unit = period.Unit ?? text[..unitLength].ToString(),
            };
            text = text[unitLength..];
            any = true;
        }

        return any;
    }

    private static bool TryReadCount(ref ReadOnlySpan<char> text, out int count, out bool unknown)
    {
        count = 0;
        unknown = text[0] == 'X';
        if (unknown)
        {
            text = text[1..];
            return true;
        }

        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            if (digits == MaxDigits)
            {
                return false;
            }

            count = (count * 10) + (text[digits] - '0');
            digits++;
        }

        text = text[digits..];
        return digits > 0;
    }

    private static int UnitLength(ReadOnlySpan<char> text, bool inTime)
    {
        if (!inTime && text.Length >= 2 && text[..2] is "DE" or "CE" or "ML")
        {
            return 2;
        }

        return char.IsAsciiLetterUpper(text[0]) ? 1 : 0; // "X" included: the unknown unit
    }

    private static bool TryAdd(ref TimexPeriod period, ReadOnlySpan<char> unit, int count, bool inTime)
    {
        var p = period;
        var name = inTime ? "T" + unit.ToString() : unit.ToString();
        var added = name switch
        {
            "TH" => Add(p.Hours, count, 1, v => p with { Hours = v }),
            "TM" => Add(p.Minutes, count, 1, v => p with { Minutes = v }),
            "TS" => Add(p.Seconds, count, 1, v => p with { Seconds = v }),
            "Y" => Add(p.Years, count, 1, v => p with { Years = v }),
            "DE" or "E" => Add(p.Years, count, 10, v => p with { Years = v }),
            "CE" or "C" => Add(p.Years, count, 100, v => p with { Years = v }),
            "ML" or "L" => Add(p.Years, count, 1000, v => p with { Years = v }),
            "M" => Add(p.Months, count, 1, v => p with { Months = v }),
            "Q" => Add(p.Months, count, 3, v => p with { Months = v }),
            "W" => Add(p.Weeks, count, 1, v => p with { Weeks = v }),
            "D" => Add(p.Days, count, 1, v => p with { Days = v }),
            _ => null,
        };
        period = added ?? period;
        return added is not null;
    }

    // Keeps every component at most a million, so ToTimeSpan stays inside TimeSpan's range.
    private static TimexPeriod? Add(int current, int count, int factor, Func<int, TimexPeriod> with)
    {
        var total = current + ((long)count * factor);
        return total <= MaxComponent ? with((int)total) : null;
    }
}
