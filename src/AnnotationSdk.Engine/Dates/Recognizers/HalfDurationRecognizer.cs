using System.Globalization;
using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// Durations with a half: "5 1/2 hours", "two and a half years", "an hour and a half", "half a day". The half
/// is written in the next smaller unit (PT5H30M, P2Y6M), so only units whose half is a whole number of a
/// smaller one are taken.
/// </summary>
internal static class HalfDurationRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        int whole;
        int unitAt;
        int end;
        if (s.Is(i, "half") && (s.Is(i + 1, "a") || s.Is(i + 1, "an")))
        {
            // "half a day"
            (whole, unitAt, end) = (0, i + 2, i + 3);
        }
        else if (!s.TryAmount(i, out whole, out var after) || whole < 1)
        {
            return false;
        }
        else if (s.Is(after, "1/2") || s.Is(after, "\u00bd"))
        {
            // "5 1/2 hours"
            (unitAt, end) = (after + 1, after + 2);
        }
        else if (IsAndAHalf(s, after))
        {
            // "two and a half years"
            (unitAt, end) = (after + 3, after + 4);
        }
        else if (IsAndAHalf(s, after + 1))
        {
            // "an hour and a half"
            (unitAt, end) = (after, after + 4);
        }
        else
        {
            return false;
        }

        if (!s.TryUnit(unitAt, out var unit) || WithHalf(unit, whole) is not { } value)
        {
            return false;
        }

        match = new TemporalMatch(i, end, TemporalType.Duration, value, "duration-half", TakesDeterminer: true);
        return true;
    }

    private static bool IsAndAHalf(DateScanner s, int at) => s.Is(at, "and") && s.Is(at + 1, "a") && s.Is(at + 2, "half");

    private static string? WithHalf(TimeUnit unit, int whole) => unit switch
    {
        TimeUnit.Minute => whole == 0 ? "PT30S" : Format($"PT{whole}M30S"),
        TimeUnit.Hour => whole == 0 ? "PT30M" : Format($"PT{whole}H30M"),
        TimeUnit.Day => whole == 0 ? "PT12H" : Format($"P{whole}DT12H"),
        TimeUnit.Year => whole == 0 ? "P6M" : Format($"P{whole}Y6M"),
        TimeUnit.Decade => Format($"P{(10 * whole) + 5}Y"),
        TimeUnit.Century => Format($"P{(100 * whole) + 50}Y"),
        _ => null,
    };

    private static string Format(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
