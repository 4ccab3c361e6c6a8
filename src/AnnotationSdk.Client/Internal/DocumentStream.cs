using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using AnnotationSdk.V1;
using Grpc.Core;

namespace AnnotationSdk.Client;

/// <summary>
/// One AnnotateStream call seen from the client: a writer that feeds the input documents while a reader
/// turns responses into <see cref="DocumentResult"/>s in input order. Documents wait in <c>_sent</c> only
/// until their answer arrives, so memory follows how far the server lags, not the input's size.
/// </summary>
internal sealed class DocumentStream(AsyncDuplexStreamingCall<AnnotateStreamRequest, AnnotateStreamResponse> call, AnnotateOptions? options)
{
    private readonly ConcurrentDictionary<int, Document> _sent = new();
    private volatile ExceptionDispatchInfo? _inputFailure;

    /// <summary>Writes every input document, then completes the request stream. Never throws: a failure of the
    /// input is kept for the reader to rethrow, and a failure of the call reaches the reader as the call's status.</summary>
    public async Task WriteAllAsync(IAsyncEnumerable<Document> documents, CancellationTokenSource streamCancellation)
    {
        try
        {
            if (await TryWriteEachAsync(documents, streamCancellation.Token).ConfigureAwait(false))
            {
                await TryCompleteAsync().ConfigureAwait(false);
            }
        }
        catch (Exception failure)
        {
            // Any exception of the caller's input is captured and rethrown to the caller by the reader.
            if (!streamCancellation.IsCancellationRequested)
            {
                // End the call so the reader stops, and rethrows this rather than a CANCELLED status.
                _inputFailure = ExceptionDispatchInfo.Capture(failure);
                await streamCancellation.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    public async IAsyncEnumerable<DocumentResult> ReadInOrderAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The server answers in input order; the buffer only guards against one that does not.
        var early = new Dictionary<int, AnnotateStreamResponse>();
        var next = 0;
        while (await MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            var response = call.ResponseStream.Current;
            if (response.Index < next || !early.TryAdd(response.Index, response))
            {
                continue; // a duplicate answer: the first one was already taken
            }

            while (early.Remove(next, out var ready))
            {
                yield return ToResult(next++, ready);
            }
        }

        // The stream ended: every document still unanswered gets an error of its own, in order.
        _inputFailure?.Throw();
        for (; _sent.ContainsKey(next) || early.ContainsKey(next); next++)
        {
            yield return early.Remove(next, out var late) ? ToResult(next, late) : Unanswered(next);
        }
    }

    // False when the call ended under the writer; the reader reports why.
    private async Task<bool> TryWriteEachAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken)
    {
        var index = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (document is null)
            {
                throw new ArgumentException("The input contains a null document.", nameof(documents));
            }

            var sent = AnnotationClient.WithReferenceDate(document, options);
            _sent[index++] = sent;
            var request = new AnnotateStreamRequest { Document = sent, OffsetUnit = OffsetUnit.Utf16CodeUnit };
            AnnotationClient.AddKinds(request.Kinds, options);
            if (!await TryWriteAsync(request, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (_inputFailure is not null && failure is RpcException or OperationCanceledException)
        {
            _inputFailure.Throw();
            throw;
        }
    }

    // A failed write means the call has ended; its status reaches the caller through the reader.
    private async Task<bool> TryWriteAsync(AnnotateStreamRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await call.RequestStream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception failure) when (failure is RpcException or OperationCanceledException or InvalidOperationException)
        {
            return false;
        }
    }

    private async Task TryCompleteAsync()
    {
        try
        {
            await call.RequestStream.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is RpcException or OperationCanceledException or InvalidOperationException)
        {
            // The call already ended; nothing is left to complete.
        }
    }

    private DocumentResult ToResult(int index, AnnotateStreamResponse response)
    {
        var status = response.Status ?? new Google.Rpc.Status();
        if (!_sent.TryRemove(index, out var document))
        {
            return Failed(index, response.DocumentId, StatusCode.Internal, "The server answered for a document that was not sent.");
        }

        var id = string.IsNullOrEmpty(response.DocumentId) ? document.Id : response.DocumentId;
        if (status.Code != (int)StatusCode.OK || response.Response is null)
        {
            return new DocumentResult(index, id, status, null);
        }

        try
        {
            return new DocumentResult(index, id, status, new AnnotationResult(document, response.Response));
        }
        catch (ArgumentOutOfRangeException)
        {
            return Failed(index, id, StatusCode.DataLoss, "The server's spans do not fit the document's text.");
        }
    }

    private DocumentResult Unanswered(int index)
    {
        _sent.TryRemove(index, out var document);
        return Failed(index, document?.Id ?? string.Empty, StatusCode.Internal, "The stream ended before the server answered for this document.");
    }

    private static DocumentResult Failed(int index, string documentId, StatusCode code, string message) =>
        new(index, documentId, new Google.Rpc.Status { Code = (int)code, Message = message }, null);
}
