using AnnotationSdk.V1;

namespace AnnotationSdk.Client;

/// <summary>Per-call choices of an annotation request.</summary>
public sealed class AnnotateOptions
{
    /// <summary>The annotation kinds to return; null or empty means all. The server runs only the rules these kinds need,
    /// so asking for fewer answers sooner (dates alone take about half the time of all four).</summary>
    public IReadOnlyCollection<AnnotationKind>? Kinds { get; set; }

    /// <summary>
    /// The publication date relative dates resolve against; used when the document carries none.
    /// Null leaves it to the document, or to the server, which then uses today's date (UTC).
    /// </summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>
    /// How long the call may take before it fails with DEADLINE_EXCEEDED, overriding
    /// <see cref="AnnotationClientOptions.DefaultDeadline"/>; <see cref="Timeout.InfiniteTimeSpan"/> for none.
    /// For <see cref="AnnotationClient.AnnotateManyAsync"/> it bounds the whole stream.
    /// </summary>
    public TimeSpan? Deadline { get; set; }
}
