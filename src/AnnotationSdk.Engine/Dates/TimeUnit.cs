using System.Globalization;

namespace AnnotationSdk.Engine.Dates;

internal enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

internal static class TimeUnits
{
    public static TimeUnit Parse(string tag) => tag switch
    {
        "TS" => TimeUnit.Second,
        "TM" => TimeUnit.Minute,
        "TH" => TimeUnit.Hour,
        "D" => TimeUnit.Day,
        "W" => TimeUnit.Week,
        "WE" => TimeUnit.Weekend,
        "M" => TimeUnit.Month,
        "Q" => TimeUnit.Quarter,
        "Y" => TimeUnit.Year,
        "DE" => TimeUnit.Decade,
        "CE" => TimeUnit.Century,
        _ => throw new FormatException($"Unknown time unit tag '{tag}'."),
    };

    /// <summary>The TIMEX3 duration: "P3D", "PT5H", "PXY" when the amount is vague (negative).</summary>
    public static string Duration(TimeUnit unit, int amount)
    {
        var number = amount < 0 ? "X" : amount.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Second => "PT" + number + "S",
            TimeUnit.Minute => "PT" + number + "M",
            TimeUnit.Hour => "PT" + number + "H",
            TimeUnit.Day => "P" + number + "D",
            TimeUnit.Week => "P" + number + "W",
            TimeUnit.Weekend => "P" + number + "WE",
            TimeUnit.Month => "P" + number + "M",
            // Quarters keep their own unit, as TimeML does ("the past two quarters" is P2Q, "every quarter" P1Q);
            // decades and centuries with a number are written in years ("two decades" is P20Y).
            TimeUnit.Quarter => "P" + number + "Q",
            TimeUnit.Year => "P" + number + "Y",
            TimeUnit.Decade => amount < 0 ? "PXDE" : "P" + (10 * amount).ToString(CultureInfo.InvariantCulture) + "Y",
            // TimeBank's unit letter for an unknown number of centuries is C ("for centuries" is PXC).
            _ => amount < 0 ? "PXC" : "P" + (100 * amount).ToString(CultureInfo.InvariantCulture) + "Y",
        };
    }

    public static bool IsClock(TimeUnit unit) => unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour;
}
