using System.Globalization;
using System.Runtime.CompilerServices;
using AnnotationSdk.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace AnnotationSdk.Client;

/// <summary>
/// Annotates news text with quotes, attributions, dates and hedges over gRPC. Thread-safe: create one per
/// channel and reuse it (a channel holds the HTTP/2 connection; one per call wastes a handshake each time).
/// Spans always come back in UTF-16 code units, so <c>text[start..end]</c> is the annotated text.
/// </summary>
public sealed class AnnotationClient
{
    private readonly AnnotationService.AnnotationServiceClient _stub;
    private readonly AnnotationClientOptions _options;

    /// <summary>A client over a channel you own (and dispose); build it with <see cref="CreateChannel"/> to get retries.</summary>
    /// <param name="channel">The channel to call over.</param>
    /// <param name="options">Default deadline and retries; defaults when null.</param>
    public AnnotationClient(GrpcChannel channel, AnnotationClientOptions? options = null)
        : this(new AnnotationService.AnnotationServiceClient(channel ?? throw new ArgumentNullException(nameof(channel))), options)
    {
    }

    /// <summary>A client over a generated stub, the way dependency injection builds it.</summary>
    /// <param name="stub">The generated stub to call through.</param>
    /// <param name="options">Default deadline and retries; defaults when null.</param>
    public AnnotationClient(AnnotationService.AnnotationServiceClient stub, AnnotationClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stub);
        _stub = stub;
        _options = options ?? new AnnotationClientOptions();
    }

    /// <summary>
    /// Creates a channel to <see cref="AnnotationClientOptions.Address"/> that retries idempotent calls on
    /// UNAVAILABLE. Create it once and share it: it is the connection.
    /// </summary>
    /// <param name="options">The address and retry settings.</param>
    /// <returns>A channel the caller disposes.</returns>
    /// <exception cref="ArgumentException"><see cref="AnnotationClientOptions.Address"/> is not set.</exception>
    public static GrpcChannel CreateChannel(AnnotationClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = options.Address ?? throw new ArgumentException("AnnotationClientOptions.Address is required.", nameof(options));
        var channelOptions = new GrpcChannelOptions();
        RetryServiceConfig.Apply(channelOptions, options);
        return GrpcChannel.ForAddress(address, channelOptions);
    }

    /// <summary>Annotates one text.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="options">Kinds, reference date and deadline; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The annotations with typed views.</returns>
    /// <exception cref="RpcException">The server refused the document (INVALID_ARGUMENT, RESOURCE_EXHAUSTED…) or could not be reached.</exception>
    public Task<AnnotationResult> AnnotateAsync(string text, AnnotateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AnnotateAsync(new Document { Text = text }, options, cancellationToken);
    }

    /// <summary>Annotates one document.</summary>
    /// <param name="document">The document; its reference date wins over <see cref="AnnotateOptions.ReferenceDate"/>.</param>
    /// <param name="options">Kinds, reference date and deadline; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The annotations with typed views.</returns>
    /// <exception cref="RpcException">The server refused the document (INVALID_ARGUMENT, RESOURCE_EXHAUSTED…) or could not be reached.</exception>
    public async Task<AnnotationResult> AnnotateAsync(Document document, AnnotateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sent = WithReferenceDate(document, options);
        var request = new AnnotateRequest { Document = sent, OffsetUnit = OffsetUnit.Utf16CodeUnit };
        AddKinds(request.Kinds, options);
        var response = await _stub.AnnotateAsync(request, CallOptionsFor(options?.Deadline ?? _options.DefaultDeadline, cancellationToken)).ConfigureAwait(false);
        return new AnnotationResult(sent, response);
    }

    /// <summary>
    /// Annotates many documents over one stream. Yields one <see cref="DocumentResult"/> per input document, in
    /// input order, each with its own status: a document the server refuses does not end the enumeration. The
    /// input is read while results arrive, so it may be larger than memory.
    /// </summary>
    /// <param name="documents">The documents; each one's reference date wins over <see cref="AnnotateOptions.ReferenceDate"/>.</param>
    /// <param name="options">Kinds, reference date, and a deadline for the whole stream (none by default).</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The results, in input order.</returns>
    /// <exception cref="RpcException">The stream itself failed (server unreachable, deadline, cancellation).</exception>
    public async IAsyncEnumerable<DocumentResult> AnnotateManyAsync(
        IAsyncEnumerable<Document> documents,
        AnnotateOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var streamCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var call = _stub.AnnotateStream(CallOptionsFor(options?.Deadline ?? Timeout.InfiniteTimeSpan, streamCancellation.Token));
        var stream = new DocumentStream(call, options);
        var writer = stream.WriteAllAsync(documents, streamCancellation);
        try
        {
            await foreach (var result in stream.ReadInOrderAsync(streamCancellation.Token).ConfigureAwait(false))
            {
                yield return result;
            }
        }
        finally
        {
            // Also runs when the caller stops early: stop the writer before the call is disposed under it.
            await streamCancellation.CancelAsync().ConfigureAwait(false);
            await writer.ConfigureAwait(false);
        }
    }

    /// <summary>Describes the kinds, categories, languages and limits the server supports.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's schema.</returns>
    /// <exception cref="RpcException">The server could not be reached.</exception>
    public async Task<GetSchemaResponse> GetSchemaAsync(CancellationToken cancellationToken = default) =>
        await _stub.GetSchemaAsync(new GetSchemaRequest(), CallOptionsFor(_options.DefaultDeadline, cancellationToken)).ConfigureAwait(false);

    private static CallOptions CallOptionsFor(TimeSpan deadline, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var unbounded = deadline == Timeout.InfiniteTimeSpan || deadline >= DateTime.MaxValue - now;
        return new CallOptions(deadline: unbounded ? null : now.Add(deadline), cancellationToken: cancellationToken);
    }

    internal static Document WithReferenceDate(Document document, AnnotateOptions? options)
    {
        if (options?.ReferenceDate is not { } date || !string.IsNullOrEmpty(document.ReferenceDate))
        {
            return document;
        }

        var copy = document.Clone();
        copy.ReferenceDate = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return copy;
    }

    internal static void AddKinds(Google.Protobuf.Collections.RepeatedField<AnnotationKind> kinds, AnnotateOptions? options)
    {
        if (options?.Kinds is { } wanted)
        {
            kinds.Add(wanted);
        }
    }
}
