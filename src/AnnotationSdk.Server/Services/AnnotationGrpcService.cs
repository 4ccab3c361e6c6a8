using System.Diagnostics;
using AnnotationSdk.Server.Documents;
using AnnotationSdk.V1;
using Grpc.Core;

namespace AnnotationSdk.Server.Services;

/// <summary>annotation.v1.AnnotationService. Maps requests to the engine and back; does no NLP itself.</summary>
public sealed partial class AnnotationGrpcService(DocumentAnnotator annotator, ILogger<AnnotationGrpcService> logger)
    : AnnotationService.AnnotationServiceBase
{
    public override Task<AnnotateResponse> Annotate(AnnotateRequest request, ServerCallContext context) =>
        Task.FromResult(Run(() => annotator.Annotate(request, context.CancellationToken), request.Document, context));

    /// <summary>Documents are annotated in parallel, a bounded window at a time, and answered in input order.</summary>
    public override Task AnnotateStream(
        IAsyncStreamReader<AnnotateStreamRequest> requestStream,
        IServerStreamWriter<AnnotateStreamResponse> responseStream,
        ServerCallContext context) =>
        OrderedWindow.RunAsync(
            requestStream.ReadAllAsync(context.CancellationToken),
            (request, index, cancellationToken) => AnnotateOne(request, index, context, cancellationToken),
            (response, nextIsReady, cancellationToken) => Write(responseStream, response, nextIsReady, cancellationToken),
            OrderedWindow.DefaultSize,
            context.CancellationToken);

    // Each flush is a write to the socket and a read for the client: an answer whose successor is already done goes
    // out with it, in one flush (an answer is never held back waiting for work that is still running).
    private static Task Write(IServerStreamWriter<AnnotateStreamResponse> responseStream, AnnotateStreamResponse response, bool nextIsReady, CancellationToken cancellationToken)
    {
        responseStream.WriteOptions = nextIsReady ? BufferedWrite : null;
        return responseStream.WriteAsync(response, cancellationToken);
    }

    private static readonly WriteOptions BufferedWrite = new(WriteFlags.BufferHint);

    private AnnotateStreamResponse AnnotateOne(AnnotateStreamRequest request, int index, ServerCallContext context, CancellationToken cancellationToken)
    {
        var response = new AnnotateStreamResponse { Index = index, DocumentId = request.Document?.Id ?? string.Empty };
        try
        {
            response.Response = Run(() => annotator.Annotate(request, cancellationToken), request.Document, context);
            response.Status = new Google.Rpc.Status { Code = (int)StatusCode.OK };
        }
        catch (RpcException error) when (error.StatusCode is not (StatusCode.Cancelled or StatusCode.DeadlineExceeded))
        {
            // One bad document gets its own status; the stream goes on.
            response.Status = RequestErrors.ToStatus(error);
        }

        return response;
    }

    public override Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, ServerCallContext context) =>
        Task.FromResult(SchemaDescription.Create(annotator.Options));

    private AnnotateResponse Run(Func<AnnotateResponse> annotate, Document? document, ServerCallContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var response = annotate();
            LogAnnotated(logger, document?.Id ?? string.Empty, document?.Text.Length ?? 0, response.Annotations.Count, stopwatch.Elapsed.TotalMilliseconds);
            return response;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            var expired = context.Deadline <= DateTime.UtcNow;
            LogStopped(logger, document?.Id ?? string.Empty, expired ? "deadline exceeded" : "cancelled");
            throw new RpcException(expired
                ? new Status(StatusCode.DeadlineExceeded, "The deadline expired while annotating the document.")
                : new Status(StatusCode.Cancelled, "The call was cancelled while annotating the document."));
        }
        catch (RpcException error)
        {
            LogRejected(logger, document?.Id ?? string.Empty, error.StatusCode);
            throw;
        }
    }

    // Document text is never logged: ids, sizes and counts only.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Annotated document '{DocumentId}' ({Length} chars): {Count} annotations in {Milliseconds:0.0} ms")]
    private static partial void LogAnnotated(ILogger logger, string documentId, int length, int count, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected document '{DocumentId}': {Code}")]
    private static partial void LogRejected(ILogger logger, string documentId, StatusCode code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped annotating document '{DocumentId}': {Reason}")]
    private static partial void LogStopped(ILogger logger, string documentId, string reason);
}
