namespace AnnotationSdk.Client;

/// <summary>
/// The length written in a TIMEX3 duration ("P1W", "P6M", "PT2H", "P1Y2M"). Calendar units stay calendar
/// units: "P1M" is one month, not 30 days, because its length depends on where it is laid. Decades,
/// centuries and millennia ("P1DE", "P2CE", "P1ML") count as years and quarters ("P1Q") as months.
/// </summary>
public readonly record struct TimexPeriod
{
    /// <summary>Whole years (decades, centuries and millennia included).</summary>
    public int Years { get; init; }

    /// <summary>Whole months (quarters included).</summary>
    public int Months { get; init; }

    /// <summary>Whole weeks.</summary>
    public int Weeks { get; init; }

    /// <summary>Whole days.</summary>
    public int Days { get; init; }

    /// <summary>Whole hours.</summary>
    public int Hours { get; init; }

    /// <summary>Whole minutes.</summary>
    public int Minutes { get; init; }

    /// <summary>Whole seconds.</summary>
    public int Seconds { get; init; }

    /// <summary>
    /// True when the value names the unit but not the count ("PXY": "years", "several days");
    /// the counts are then zero and only the non-zero <see cref="Unit"/> is meaningful.
    /// </summary>
    public bool IsCountUnknown { get; init; }

    /// <summary>
    /// The largest unit as written, such as "Y" for "P1Y2M" or "DE" for "P2DE"; for "PXY" the only hint of
    /// its size. Null for <c>default(TimexPeriod)</c>.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>
    /// The exact length when the period has no calendar units (years, months) and a known count:
    /// "P1W" is 7 days, "PT90M" is 90 minutes; null for "P6M" or "PXD".
    /// </summary>
    public TimeSpan? ToTimeSpan()
    {
        if (IsCountUnknown || Years != 0 || Months != 0)
        {
            return null;
        }

        // Counts are at most six digits (see the parser), so none of these products overflows.
        return new TimeSpan((Weeks * 7) + Days, Hours, Minutes, Seconds);
    }
}
