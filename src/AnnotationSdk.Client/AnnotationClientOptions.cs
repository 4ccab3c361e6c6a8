namespace AnnotationSdk.Client;

/// <summary>How an <see cref="AnnotationClient"/> reaches the server and how patient it is.</summary>
public sealed class AnnotationClientOptions
{
    /// <summary>The server address, such as <c>http://localhost:5000</c>; required by dependency injection.</summary>
    public Uri? Address { get; set; }

    /// <summary>
    /// The deadline of each Annotate or GetSchema call that does not set its own; 30 seconds by default.
    /// <see cref="Timeout.InfiniteTimeSpan"/> for none. Streams have no default deadline, since their length is the caller's.
    /// </summary>
    public TimeSpan DefaultDeadline { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times an Annotate or GetSchema call that failed with UNAVAILABLE is retried (both are idempotent);
    /// 4 by default, 0 for none. gRPC caps the attempts, this retries included, at 5 unless the channel allows more.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 4;
}
