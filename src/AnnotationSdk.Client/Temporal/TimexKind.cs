namespace AnnotationSdk.Client;

/// <summary>What a TIMEX3 value denotes.</summary>
public enum TimexKind
{
    /// <summary>Not a TIMEX3 value this client understands (for example a format added by a newer server).</summary>
    Unknown = 0,

    /// <summary>A calendar date or period: a day, week, month, quarter, season, year, decade or century.</summary>
    Date,

    /// <summary>A length of time ("P1W", "PT2H").</summary>
    Duration,

    /// <summary>A vague reference to the past, present or future ("PAST_REF").</summary>
    Reference,

    /// <summary>A recurring time ("every Monday"); only known from the annotation's <c>TemporalType</c>.</summary>
    Set,

    /// <summary>A time of day, possibly on a known date ("2025-04-26T15:00", "2025-04-26TEV").</summary>
    Time,
}
