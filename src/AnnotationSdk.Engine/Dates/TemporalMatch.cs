using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// What a recognizer found: tokens [First, End), the TIMEX3 type, value and mod, the rule's name, the calendar
/// period it denotes (when it is one, so later anaphora can count from it), and whether it was counted from
/// the last mentioned date rather than the publication date. Dates computed from another mention
/// ("a year earlier") are not Anchorable: the next "a year earlier" counts from the same mention, not from them.
/// </summary>
internal readonly record struct TemporalMatch(
    int First,
    int End,
    TemporalType Type,
    string Value,
    string Rule,
    CalendarPoint? Point = null,
    bool FromAnchor = false,
    string Mod = "",
    bool TakesDeterminer = false,
    bool Anchorable = true)
{
    public static TemporalMatch Date(int first, int end, CalendarPoint point, string rule, bool fromAnchor = false) =>
        new(first, end, TemporalType.Date, point.Value, rule, point, fromAnchor);
}
