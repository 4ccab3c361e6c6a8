using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>Repeating times (TIMEX3 SET): "every Monday", "each July", "each year", "every two weeks", "daily", "on Mondays".</summary>
internal static class SetRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (s.Lexicons.Sets.TryGet(s.Word(i), out var period) && !NamesAPublication(s, i))
        {
            match = new TemporalMatch(i, i + 1, TemporalType.Set, period, "set-adverb");
            return true;
        }

        if (s.Lexicons.Weekdays.TryGet(s.Word(i), out var weekday) && s.IsCapitalized(i) && s.IsPluralUnit(i) && s.Word(i).Length > 6)
        {
            match = new TemporalMatch(i, i + 1, TemporalType.Set, WeeklyOn(weekday), "set-weekday-plural");
            return true;
        }

        // "$2 million a day", "twice a year", "three times per week": a rate is a set, not a duration.
        if ((s.Is(i, "a") || s.Is(i, "an") || s.Is(i, "per")) && s.TryUnit(i + 1, out var rateUnit) && !s.IsPluralUnit(i + 1) && AfterQuantity(s, i - 1))
        {
            match = new TemporalMatch(i, i + 2, TemporalType.Set, TimeUnits.Duration(rateUnit, 1), "set-rate");
            return true;
        }

        if (!s.Is(i, "every") && !s.Is(i, "each"))
        {
            return false;
        }

        var at = s.Is(i + 1, "other") ? i + 2 : i + 1;
        var every = at == i + 2 ? 2 : 1;
        if (s.Lexicons.Weekdays.TryGet(s.Word(at), out weekday) && s.IsCapitalized(at))
        {
            match = new TemporalMatch(i, at + 1, TemporalType.Set, WeeklyOn(weekday), "set-weekday");
            return true;
        }

        // "each July": that month of every year.
        if (at == i + 1 && s.TryMonth(at, out var month, out var afterMonth) && s.IsCapitalized(at) && !s.IsAbbreviatedMonth(at))
        {
            match = new TemporalMatch(i, afterMonth, TemporalType.Set, "XXXX-" + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "set-month");
            return true;
        }

        if (s.TryUnit(at, out var unit) && !s.IsPluralUnit(at))
        {
            match = new TemporalMatch(i, at + 1, TemporalType.Set, TimeUnits.Duration(unit, every), "set-unit");
            return true;
        }

        if (s.TryAmount(at, out var amount, out var afterAmount) && amount > 1 && s.TryUnit(afterAmount, out unit))
        {
            match = new TemporalMatch(i, afterAmount + 1, TemporalType.Set, TimeUnits.Duration(unit, amount), "set-unit");
            return true;
        }

        return false;
    }

    /// <summary>"the party daily Granma", "the Daily Telegraph": a frequency word that is, or names, a newspaper.</summary>
    private static bool NamesAPublication(DateScanner s, int i) =>
        (s.IsCapitalized(i) && !s.StartsSentence(i)) || (s.IsCapitalized(i + 1) && s.SameSentence(i, i + 1));

    private static bool AfterQuantity(DateScanner s, int at) =>
        s.IsKind(at, Text.TokenKind.Number) || s.Is(at, "once") || s.Is(at, "twice") || s.Is(at, "times")
        || s.Is(at, "million") || s.Is(at, "billion") || s.Is(at, "thousand") || s.Is(at, "hundred");

    private static string WeeklyOn(int weekday) => "XXXX-WXX-" + weekday.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
