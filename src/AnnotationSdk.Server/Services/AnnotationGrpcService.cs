using System.Diagnostics;
using AnnotationSdk.Server.Documents;
using AnnotationSdk.V1;
using Grpc.Core;

namespace AnnotationSdk.Server.Services;

/// <summary>annotation.v1.AnnotationService. Hands requests to the engine and its results back; does no NLP itself.</summary>
public sealed partial class AnnotationGrpcService(DocumentAnnotator annotator, ILogger<AnnotationGrpcService> logger)
    : EngineAnswerServiceBase
{
    public override Task<EngineAnswer> Annotate(AnnotateRequest request, ServerCallContext context) =>
        Task.FromResult(Run(request.Document, request.Kinds, request.OffsetUnit, context, context.CancellationToken));

    /// <summary>Documents are annotated in parallel, a bounded window at a time, and answered in input order.</summary>
    public override Task AnnotateStream(
        IAsyncStreamReader<AnnotateStreamRequest> requestStream,
        IServerStreamWriter<EngineStreamAnswer> responseStream,
        ServerCallContext context) =>
        OrderedWindow.RunAsync(
            requestStream.ReadAllAsync(context.CancellationToken),
            (request, index, cancellationToken) => AnnotateOne(request, index, context, cancellationToken),
            (response, nextIsReady, cancellationToken) => Write(responseStream, response, nextIsReady, cancellationToken),
            OrderedWindow.DefaultSize,
            context.CancellationToken);

    // Each flush is a write to the socket and a read for the client: an answer whose successor is already done goes
    // out with it, in one flush (an answer is never held back waiting for work that is still running).
    private static Task Write(IServerStreamWriter<EngineStreamAnswer> responseStream, EngineStreamAnswer response, bool nextIsReady, CancellationToken cancellationToken)
    {
        responseStream.WriteOptions = nextIsReady ? BufferedWrite : null;
        return responseStream.WriteAsync(response, cancellationToken);
    }

    private static readonly WriteOptions BufferedWrite = new(WriteFlags.BufferHint);

    private EngineStreamAnswer AnnotateOne(AnnotateStreamRequest request, int index, ServerCallContext context, CancellationToken cancellationToken)
    {
        var documentId = request.Document?.Id ?? string.Empty;
        try
        {
            return new(index, documentId, Ok, Run(request.Document, request.Kinds, request.OffsetUnit, context, cancellationToken));
        }
        catch (RpcException error) when (error.StatusCode is not (StatusCode.Cancelled or StatusCode.DeadlineExceeded))
        {
            // One bad document gets its own status; the stream goes on.
            return new(index, documentId, RequestErrors.ToStatus(error), null);
        }
    }

    // Only written, never changed: one instance serves every answer.
    private static readonly Google.Rpc.Status Ok = new() { Code = (int)StatusCode.OK };

    public override Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, ServerCallContext context) =>
        Task.FromResult(SchemaDescription.Create(annotator.Options));

    private EngineAnswer Run(Document? document, IReadOnlyCollection<AnnotationKind> kinds, OffsetUnit offsetUnit, ServerCallContext context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var answer = annotator.AnnotateUnmapped(document, kinds, offsetUnit, cancellationToken);
            // The time is read only for the debug log, which is off in production.
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogAnnotated(logger, document?.Id ?? string.Empty, document?.Text.Length ?? 0, answer.Result.Annotations.Count, milliseconds);
            }

            return answer;
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
