using Grpc.Core;

namespace AnnotationSdk.Client;

/// <summary>The outcome for one document of <see cref="AnnotationClient.AnnotateManyAsync"/>: its result or its own error.</summary>
public sealed class DocumentResult
{
    internal DocumentResult(int index, string documentId, Google.Rpc.Status status, AnnotationResult? result)
    {
        Index = index;
        DocumentId = documentId;
        Status = status;
        Result = result;
    }

    /// <summary>Zero-based position of the document in the input.</summary>
    public int Index { get; }

    /// <summary>The document's id, also when it failed.</summary>
    public string DocumentId { get; }

    /// <summary>OK (code 0), or why this document failed, with <c>google.rpc</c> details such as <c>BadRequest</c>.</summary>
    public Google.Rpc.Status Status { get; }

    /// <summary>True when the document was annotated and <see cref="Result"/> is set.</summary>
    public bool IsSuccess => Status.Code == (int)StatusCode.OK && Result is not null;

    /// <summary>The annotations, when <see cref="IsSuccess"/>.</summary>
    public AnnotationResult? Result { get; }

    /// <summary>The annotations, or the document's error as an exception.</summary>
    /// <returns>The result.</returns>
    /// <exception cref="RpcException">The document failed; the exception carries its status and details.</exception>
    public AnnotationResult GetResultOrThrow() => IsSuccess
        ? Result!
        : throw (Status.Code == (int)StatusCode.OK
            ? new Google.Rpc.Status { Code = (int)StatusCode.Internal, Message = "The server sent neither an error nor a response for this document." }
            : Status).ToRpcException();
}
