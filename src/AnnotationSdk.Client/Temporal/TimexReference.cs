namespace AnnotationSdk.Client;

/// <summary>The vague temporal references TIMEX3 writes as words.</summary>
public enum TimexReference
{
    /// <summary>The value is not a reference word.</summary>
    None = 0,

    /// <summary><c>PAST_REF</c>: "formerly", "in the past".</summary>
    Past,

    /// <summary><c>PRESENT_REF</c>: "now", "currently".</summary>
    Present,

    /// <summary><c>FUTURE_REF</c>: "in the future", "soon".</summary>
    Future,
}
