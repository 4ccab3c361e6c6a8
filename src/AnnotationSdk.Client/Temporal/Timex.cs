using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AnnotationSdk.V1;

namespace AnnotationSdk.Client;

/// <summary>
/// A parsed TIMEX3 value (TimeML / TempEval-3), the form <see cref="DateDetail.Value"/> carries. Use it instead
/// of <see cref="DateTime.Parse(string)"/>: "2024-06" is a whole month, "2024-FA" a season, "P1W" a length and
/// "PAST_REF" no date at all, so a TIMEX3 value is a range, a period or a reference, rarely one instant.
/// </summary>
/// <remarks>
/// Ranges are half-open, [<see cref="Start"/>, <see cref="EndExclusive"/>). Seasons are the meteorological
/// ones of the northern hemisphere (spring March–May, summer June–August, autumn September–November,
/// winter December to February of the next year). Weeks are ISO 8601 weeks.
/// </remarks>
public readonly record struct Timex
{
    /// <summary>The value as written, such as "2024-06"; empty for <c>default(Timex)</c>.</summary>
    public string Raw { get => field ?? string.Empty; internal init; }

    /// <summary>What the value denotes; <see cref="TimexKind.Unknown"/> for <c>default(Timex)</c> or an unparsed value.</summary>
    public TimexKind Kind { get; internal init; }

    /// <summary>First day of the range the value denotes; null when the value has no known year or is not a date.</summary>
    public DateOnly? Start { get; internal init; }

    /// <summary>The day after the range; null when <see cref="Start"/> is, or the range ends after year 9999.</summary>
    public DateOnly? EndExclusive { get; internal init; }

    /// <summary>The clock time of a <see cref="TimexKind.Time"/> value ("T15:30"); a time zone, when written, is not applied.</summary>
    public TimeOnly? TimeOfDay { get; internal init; }

    /// <summary>The part of day of a <see cref="TimexKind.Time"/> value written as one ("TEV" is the evening).</summary>
    public TimexPartOfDay PartOfDay { get; internal init; }

    /// <summary>The weekday a value names ("2025-W17-1", or "XXXX-WXX-1" for every Monday).</summary>
    public DayOfWeek? DayOfWeek { get; internal init; }

    /// <summary>The length of a <see cref="TimexKind.Duration"/> value, or of a set written as a period ("P1W" weekly).</summary>
    public TimexPeriod? Period { get; internal init; }

    /// <summary>The exact length of <see cref="Period"/> when it has one (see <see cref="TimexPeriod.ToTimeSpan"/>).</summary>
    public TimeSpan? Duration => Period?.ToTimeSpan();

    /// <summary>Which reference word a <see cref="TimexKind.Reference"/> value is.</summary>
    public TimexReference Reference { get; internal init; }

    /// <summary>
    /// True when part of the value is unknown ("XXXX-10-10", "2024-XX"); <see cref="Start"/> and
    /// <see cref="EndExclusive"/> are then the smallest known range that contains it, if any.
    /// </summary>
    public bool IsUnderspecified { get; internal init; }

    /// <summary>Parses a TIMEX3 value.</summary>
    /// <param name="value">A TIMEX3 value such as "2025-04-26", "2024-FA", "P1W" or "PAST_REF".</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not a TIMEX3 value.</exception>
    public static Timex Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var timex)
            ? timex
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{value}' is not a TIMEX3 value."));
    }

    /// <summary>Parses the TIMEX3 value of a date annotation, taking its type into account (a SET is only known from it).</summary>
    /// <param name="value">The <see cref="DateDetail.Value"/>.</param>
    /// <param name="type">The <see cref="DateDetail.Type"/>.</param>
    /// <returns>The parsed value; its kind is <see cref="TimexKind.Set"/> when <paramref name="type"/> says so.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not a TIMEX3 value.</exception>
    public static Timex Parse(string value, TemporalType type)
    {
        var timex = Parse(value);
        return type == TemporalType.Set ? timex with { Kind = TimexKind.Set } : timex;
    }

    /// <summary>Tries to parse a TIMEX3 value; never throws.</summary>
    /// <param name="value">A TIMEX3 value, or null.</param>
    /// <param name="timex">The parsed value, or <c>default</c> when this returns false.</param>
    /// <returns>True when <paramref name="value"/> is a TIMEX3 value this client understands.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out Timex timex)
    {
        if (value is not null && TimexParser.TryParse(value, out timex))
        {
            return true;
        }

        timex = default;
        return false;
    }

    /// <summary>Whether <paramref name="date"/> falls in the range [<see cref="Start"/>, <see cref="EndExclusive"/>).</summary>
    /// <param name="date">The day to test.</param>
    /// <returns>False when the range is not known.</returns>
    public bool Contains(DateOnly date) =>
        Start is { } start && date >= start && (EndExclusive is not { } end || date < end);

    /// <summary>The raw TIMEX3 value.</summary>
    /// <returns><see cref="Raw"/>.</returns>
    public override string ToString() => Raw;
}
