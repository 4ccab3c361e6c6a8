using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// What a recognizer found: tokens [First, End), the TIMEX3 type, value and mod, the rule's name, the calendar
/// period it denotes (when it is one, so later anaphora can count from it), and the mention it was counted
/// from (null when counted from the publication date). Dates computed from another mention
/// ("a year earlier") are not Anchorable: the next "a year earlier" counts from the same mention, not from them.
/// </summary>
internal readonly record struct TemporalMatch(
    int First,
    int End,
    TemporalType Type,
    string Value,
    string Rule,
    CalendarPoint? Point = null,
    DateAnnotation? Anchor = null,
    string Mod = "",
    bool TakesDeterminer = false,
    bool Anchorable = true)
{
    public static TemporalMatch Date(int first, int end, CalendarPoint point, string rule, DateAnnotation? anchor = null) =>
        new(first, end, TemporalType.Date, point.Value, rule, point, anchor);
}
