using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// A part of the day placed by a modifier: "by mid afternoon", "the early morning", "mid-afternoon yesterday". On
/// its own ("in the morning") a part of the day is too often generic to be a time. It falls on the day written after
/// it, else the day last mentioned in the sentence, else the publication date.
/// </summary>
internal static class DayPartRecognizer
{
    /// <summary>The part of the day at <paramref name="at"/>, after a modifier that is not part of this match.</summary>
    public static bool TryAfterModifier(DateScanner s, int at, out TemporalMatch match)
    {
        match = default;
        return s.Lexicons.DayParts.TryGet(s.Word(at), out var part) && TryOn(s, at, at + 1, part, out match);
    }

    /// <summary>A part of the day spanning [<paramref name="first"/>, <paramref name="end"/>), with the day that follows it if any.</summary>
    public static bool TryOn(DateScanner s, int first, int end, string part, out TemporalMatch match)
    {
        match = default;
        if (TimeRecognizer.DayAt(s, end) is { Point: { } written } day)
        {
            match = new TemporalMatch(first, day.End, TemporalType.Time, written.Value + "T" + part, "day-part", written, day.Anchor) { TakesDeterminer = true };
            return true;
        }

        if (s.IsKind(end, Text.TokenKind.Word))
        {
            return false;
        }

        var (point, anchor) = s.DayFor(first);
        match = new TemporalMatch(first, end, TemporalType.Time, point.Value + "T" + part, "day-part", point, anchor) { TakesDeterminer = true };
        return true;
    }
}
