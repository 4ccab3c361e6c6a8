using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// Durations: "a week", "the past two months", "the first nine months", "several years", "two-year",
/// "16-hour", bare plurals after "for"/"over"/"within" ("for years"), and "for a while".
/// </summary>
internal static class DurationRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        var at = i;
        var framed = false;
        if (s.Is(at, "the") && (s.Is(at + 1, "past") || s.Is(at + 1, "last") || s.Is(at + 1, "next") || s.Is(at + 1, "first") || s.Is(at + 1, "coming")))
        {
            at += 2;
            framed = true;
        }
        else if (s.Is(at, "past") || s.Is(at, "next") || s.Is(at, "last") || (s.Is(at, "coming") && s.TryUnit(at + 1, out _) && s.IsPluralUnit(at + 1)))
        {
            at += 1;
            framed = true;
        }

        // "a second" is an ordinal ("a second round"), not one second; "37 years old" is an age;
        // "a quarter of the market", "three quarters of the vote" are fractions; "several quarters of losses" is not.
        // "two more weeks", "an additional year", "eight trading days": the amount is still the length of the span.
        if (s.TryAmount(at, out var amount, out var afterAmount) && amount != 0 && UnitAfterAmount(s, afterAmount) is var unitAt
            && s.TryUnit(unitAt, out var unit) && AgreesInNumber(s, amount, unitAt) && !NameWords.IsInName(s, unitAt)
            && !(unit == TimeUnit.Second && amount == 1 && s.Is(unitAt, "second")) && !s.Is(unitAt + 1, "old")
            && !(unit == TimeUnit.Quarter && amount > 0 && s.Is(unitAt + 1, "of")))
        {
            match = IsSomeDayAhead(s, i, unit, unitAt)
                ? new TemporalMatch(i, unitAt + 1, TemporalType.Date, "FUTURE_REF", "one-day-ahead")
                : new TemporalMatch(i, unitAt + 1, TemporalType.Duration, TimeUnits.Duration(unit, amount), "duration", TakesDeterminer: !framed);
            return true;
        }

        // "the coming weeks", "the past months", "in coming months": a vague amount.
        if (framed && (at > i + 1 || s.Is(i, "coming")) && s.TryUnit(at, out unit) && s.IsPluralUnit(at) && unit != TimeUnit.Weekend)
        {
            match = new TemporalMatch(i, at + 1, TemporalType.Duration, TimeUnits.Duration(unit, -1), "duration-vague");
            return true;
        }

        // "the past week": one unit, no number. A calendar unit is named like "the last week": the one before the
        // current one ("in the past year" said in 2025 is 2024); an hour or a decade stays a length of time.
        if (framed && at > i + 1 && s.Is(i + 1, "past") && s.TryUnit(at, out unit) && !s.IsPluralUnit(at))
        {
            match = unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year
                && CalendarPoint.GranularityOf(unit) is { } granularity && CalendarPoint.Of(s.Reference, granularity).TryShift(-1, out var previous)
                ? TemporalMatch.Date(i, at + 1, previous, "past-unit") with { Anchorable = false }
                : new TemporalMatch(i, at + 1, TemporalType.Duration, TimeUnits.Duration(unit, 1), "duration-past-unit");
            return true;
        }

        // "the weeks ahead", "in the months ahead": a vague stretch of time from now on.
        if (at == i && s.Is(i, "the") && s.TryUnit(i + 1, out unit) && s.IsPluralUnit(i + 1) && unit != TimeUnit.Weekend && s.Is(i + 2, "ahead"))
        {
            match = new TemporalMatch(i, i + 3, TemporalType.Duration, TimeUnits.Duration(unit, -1), "duration-ahead");
            return true;
        }

        if (at == i && TryHyphenated(s, i, out match))
        {
            return true;
        }

        // "recent years", and "for years", "within weeks": a vague amount.
        if (at == i && s.Is(i, "recent") && s.TryUnit(i + 1, out unit) && s.IsPluralUnit(i + 1))
        {
            match = new TemporalMatch(i, i + 2, TemporalType.Duration, TimeUnits.Duration(unit, -1), "duration-recent");
            return true;
        }

        // "for a while": some length of time, unknown even in its unit.
        if (at == i && s.Is(i, "a") && s.Is(i + 1, "while") && s.Is(i - 1, "for"))
        {
            match = new TemporalMatch(i, i + 2, TemporalType.Duration, "PXX", "duration-while");
            return true;
        }

        if (at == i && s.TryUnit(i, out unit) && s.IsPluralUnit(i) && unit != TimeUnit.Weekend
            && (s.Is(i - 1, "for") || s.Is(i - 1, "over") || s.Is(i - 1, "within")) && !s.Is(i + 1, "of"))
        {
            match = new TemporalMatch(i, i + 1, TemporalType.Duration, TimeUnits.Duration(unit, -1), "duration-vague");
            return true;
        }

        return false;
    }

    /// <summary>The unit after an amount, past a word that only qualifies it: "two more weeks", "an additional
    /// year", "eight trading days", "three business days".</summary>
    private static int UnitAfterAmount(DateScanner s, int afterAmount) =>
        s.Is(afterAmount, "more") || s.Is(afterAmount, "additional") || s.Is(afterAmount, "extra") || s.Is(afterAmount, "further")
        || ((s.Is(afterAmount, "trading") || s.Is(afterAmount, "business") || s.Is(afterAmount, "working")) && s.TryUnit(afterAmount + 1, out var unit) && unit == TimeUnit.Day)
            ? afterAmount + 1
            : afterAmount;

    /// <summary>"it will one day be": after a modal, "one day" is some day ahead, not a length of time.</summary>
    private static bool IsSomeDayAhead(DateScanner s, int i, TimeUnit unit, int unitAt) =>
        unit == TimeUnit.Day && unitAt == i + 1 && s.Is(i, "one")
        && (s.Is(i - 1, "will") || s.Is(i - 1, "would") || s.Is(i - 1, "could") || s.Is(i - 1, "may") || s.Is(i - 1, "might") || s.Is(i - 1, "shall") || s.Is(i - 1, "can"));

    /// <summary>"one year", "two years", "a week"; "a years" or "three year" without a hyphen only in "a three year low".</summary>
    private static bool AgreesInNumber(DateScanner s, int amount, int unitIndex) =>
        amount == 1 ? !s.IsPluralUnit(unitIndex) : s.IsPluralUnit(unitIndex) || s.Is(unitIndex - 2, "a") || s.IsKind(unitIndex - 1, TokenKind.Word);

    /// <summary>"two-year", "several-year", "day-long" (one word) and "16-hour" (number, hyphen, unit) used as adjectives.</summary>
    private static bool TryHyphenated(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        var word = s.Word(i);
        var hyphen = word.IndexOf('-');
        if (s.IsKind(i, TokenKind.Word) && hyphen > 0 && word[(hyphen + 1)..].IndexOf('-') < 0
            && (s.TryNumberWord(word[..hyphen], out var amount) || (s.Lexicons.NumberWords.TryGet(word[..hyphen], out amount) && amount < 0))
            && s.Lexicons.Units.TryGet(word[(hyphen + 1)..], out var unit)
            && !word.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            match = new TemporalMatch(i, i + 1, TemporalType.Duration, TimeUnits.Duration(unit, amount), "duration-adjective");
            return true;
        }

        // "a day-long meeting", "a decades-long feud": how long a thing lasts, one unit or a vague number of them.
        if (s.IsKind(i, TokenKind.Word) && hyphen > 0 && word[(hyphen + 1)..].Equals("long", StringComparison.OrdinalIgnoreCase)
            && s.Lexicons.Units.TryGet(word[..hyphen], out unit) && unit != TimeUnit.Weekend)
        {
            amount = word[..hyphen].EndsWith("s", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            match = new TemporalMatch(i, i + 1, TemporalType.Duration, TimeUnits.Duration(unit, amount), "duration-adjective");
            return true;
        }

        if (s.TryInteger(i, out amount, out _) && s.Is(i + 1, "-") && s.IsGlued(i + 1) && s.IsGlued(i + 2) && s.TryUnit(i + 2, out unit)
            && !s.IsPluralUnit(i + 2) && !s.Is(i + 3, "-"))
        {
            match = new TemporalMatch(i, i + 3, TemporalType.Duration, TimeUnits.Duration(unit, amount), "duration-adjective");
            return true;
        }

        return false;
    }
}
