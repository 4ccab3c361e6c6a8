using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// An amount of time counted from a point: "two days ago" (from the publication date), "a year later",
/// "a year earlier", "year-earlier" (from the last mentioned date). Vague amounts give PAST_REF or FUTURE_REF
/// from now ("a few days ago"), a duration from an event ("a few days later").
/// </summary>
internal static class OffsetRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        int amount;
        TimeUnit unit;
        AnchoredWord direction;
        int end;
        if (TryHyphenated(s, i, out unit, out direction))
        {
            amount = 1;
            end = i + 1;
        }
        else if (s.TryAmount(i, out amount, out var afterAmount) && amount != 0 && s.TryUnit(afterAmount, out unit)
            && s.Lexicons.AnchoredWords.TryGet(s.Word(afterAmount + 1), out direction) && Adverbial(s, afterAmount + 1))
        {
            end = afterAmount + 2;
        }
        else
        {
            return false;
        }

        // "a few days later", "several years earlier": counted from an event, not from now, a vague amount says
        // how long after, not when; the amount is a duration and "later" its signal.
        if (amount < 0 && direction.FromAnchor)
        {
            match = new TemporalMatch(i, end - 1, Model.TemporalType.Duration, TimeUnits.Duration(unit, -1), "offset-vague-anchored");
            return true;
        }

        if (amount < 0)
        {
            match = new TemporalMatch(i, end, Model.TemporalType.Date, direction.Direction < 0 ? "PAST_REF" : "FUTURE_REF", "offset-vague");
            return true;
        }

        if (CalendarPoint.GranularityOf(unit) is not { } granularity)
        {
            return false;
        }

        // Results reporting compares periods: "profit rose from a year ago" means the same quarter a year before.
        var period = unit == TimeUnit.Year && amount == 1 ? s.RecentPeriod(i) : null;
        var anchor = period ?? s.AnchorFor(i);
        var fromAnchor = anchor is not null && (direction.FromAnchor || period is not null);
        var origin = fromAnchor ? anchor!.Value.Point : CalendarPoint.Of(s.Reference, granularity);
        if (!origin.TryShift(unit, direction.Direction * amount, out var point))
        {
            return false;
        }

        match = TemporalMatch.Date(i, end, point, fromAnchor ? "offset-anchored" : "offset", fromAnchor ? anchor!.Value.Annotation : null) with { Anchorable = false };
        return true;
    }

    /// <summary>"before" and "after" only count as "earlier"/"later" at the end of a phrase
    /// ("two days after, ..."); "two days after the vote" is a duration and a signal.</summary>
    private static bool Adverbial(DateScanner s, int at) =>
        !(s.Is(at, "before") || s.Is(at, "after")) || !s.SameSentence(at, at + 1) || s.IsKind(at + 1, TokenKind.Punctuation);

    /// <summary>"year-earlier", "year-ago": a unit and a direction in one word.</summary>
    private static bool TryHyphenated(DateScanner s, int i, out TimeUnit unit, out AnchoredWord direction)
    {
        unit = default;
        direction = default;
        var word = s.Word(i);
        var hyphen = word.IndexOf('-');
        return s.IsKind(i, TokenKind.Word) && hyphen > 0
            && s.Lexicons.Units.TryGet(word[..hyphen], out unit)
            && s.Lexicons.AnchoredWords.TryGet(word[(hyphen + 1)..], out direction);
    }
}
