using AnnotationSdk.Cli.Output;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Server.Documents;
using AnnotationSdk.V1;
using Grpc.Core;

namespace AnnotationSdk.Cli.Backends;

/// <summary>
/// One document's outcome in a stream: its status and, when it was annotated, its answer. A server's answer is the
/// contract's message; the embedded engine's is its result with the request it answers, written out as JSON without
/// the message (<see cref="ResponseJson"/>), which `annotate --jsonl` is the only reader of.
/// </summary>
public sealed class StreamAnswer
{
    private readonly AnnotateResponse? _response;
    private readonly ValidatedRequest? _request;
    private readonly AnnotationResult? _result;

    private StreamAnswer(string documentId, Google.Rpc.Status status, AnnotateResponse? response, ValidatedRequest? request, AnnotationResult? result)
    {
        DocumentId = documentId;
        Status = status;
        _response = response;
        _request = request;
        _result = result;
    }

    public string DocumentId { get; }

    public Google.Rpc.Status Status { get; }

    public bool Succeeded => Status.Code == (int)StatusCode.OK;

    public static StreamAnswer FromServer(AnnotateStreamResponse answer) => new(answer.DocumentId, answer.Status, answer.Response, null, null);

    public static StreamAnswer FromEngine(ValidatedRequest request, AnnotationResult result) => new(request.Document.Id, new Google.Rpc.Status { Code = (int)StatusCode.OK }, null, request, result);

    public static StreamAnswer Refused(string documentId, Google.Rpc.Status status) => new(documentId, status, null, null, null);

    /// <summary>The answer as one JSONL line, on a pooled buffer the caller disposes; only for an answer that <see cref="Succeeded"/>.</summary>
    internal Utf8Buffer ToJson() => _response is not null
        ? ResponseJson.Format(_response)
        : ResponseJson.Format(_request ?? throw new InvalidOperationException("A refused document has no answer."), _result!);
}
