using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Server.Documents;

/// <summary>
/// An <c>AnnotateResponse</c> in the engine's terms: the request and the engine's result that
/// <see cref="ResponseProtobuf"/> writes to the wire, without the contract's messages being built first.
/// </summary>
public sealed class EngineAnswer(ValidatedRequest request, AnnotationResult result)
{
    public ValidatedRequest Request { get; } = request;

    public AnnotationResult Result { get; } = result;

    public void Deconstruct(out ValidatedRequest request, out AnnotationResult result) => (request, result) = (Request, Result);
}

/// <summary>
/// An <c>AnnotateStreamResponse</c> in the engine's terms: the document's place in the stream and id, its status,
/// and the answer when the status is OK.
/// </summary>
public sealed class EngineStreamAnswer(int index, string documentId, Google.Rpc.Status status, EngineAnswer? answer)
{
    public int Index { get; } = index;

    public string DocumentId { get; } = documentId;

    public Google.Rpc.Status Status { get; } = status;

    public EngineAnswer? Answer { get; } = answer;
}
