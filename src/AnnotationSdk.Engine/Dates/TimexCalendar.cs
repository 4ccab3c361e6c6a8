namespace AnnotationSdk.Engine.Dates;

/// <summary>Calendar arithmetic that never throws: results outside years 1..9999 are reported as failures.</summary>
internal static class TimexCalendar
{
    public static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    public static bool TryAddDays(DateOnly date, long days, out DateOnly result)
    {
        var number = date.DayNumber + days;
        if (number < DateOnly.MinValue.DayNumber || number > DateOnly.MaxValue.DayNumber)
        {
            result = date;
            return false;
        }

        result = DateOnly.FromDayNumber((int)number);
        return true;
    }

    public static bool TryAddMonths(DateOnly date, long months, out DateOnly result)
    {
        var index = (date.Year * 12L) + date.Month - 1 + months;
        var year = index / 12;
        if (year is < 1 or > 9999)
        {
            result = date;
            return false;
        }

        var month = (int)(index % 12) + 1;
        result = new DateOnly((int)year, month, Math.Min(date.Day, DateTime.DaysInMonth((int)year, month)));
        return true;
    }

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
