namespace AnnotationSdk.Client;

/// <summary>The parts of a day TIMEX3 names instead of a clock time ("2025-04-26TEV").</summary>
public enum TimexPartOfDay
{
    /// <summary>No part of day is named.</summary>
    None = 0,

    /// <summary><c>MO</c>: morning.</summary>
    Morning,

    /// <summary><c>MI</c>: midday.</summary>
    Midday,

    /// <summary><c>AF</c>: afternoon.</summary>
    Afternoon,

    /// <summary><c>EV</c>: evening.</summary>
    Evening,

    /// <summary><c>NI</c>: night.</summary>
    Night,

    /// <summary><c>DT</c>: daytime.</summary>
    Daytime,
}
