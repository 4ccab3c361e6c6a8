using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.V1;
using Grpc.Core;

namespace AnnotationSdk.Server.Documents;

/// <summary>
/// The one path from a contract request to a contract response, shared by the gRPC service and the CLI's
/// embedded mode, so both give the same answer for the same input.
/// </summary>
public sealed class DocumentAnnotator(AnnotationEngine engine, AnnotationServerOptions options)
{
    private readonly RequestValidator _validator = new(options);

    public DocumentAnnotator()
        : this(new AnnotationServerOptions())
    {
    }

    public DocumentAnnotator(AnnotationServerOptions options)
        : this(options.Engine, options)
    {
    }

    public AnnotationServerOptions Options { get; } = options;

    public AnnotateResponse Annotate(AnnotateRequest request, CancellationToken cancellationToken) =>
        Annotate(request.Document, request.Kinds, request.OffsetUnit, cancellationToken);

    /// <summary>Throws <see cref="RpcException"/> with the contract's status for a bad request.</summary>
    public AnnotateResponse Annotate(Document? document, IReadOnlyCollection<V1.AnnotationKind> kinds, OffsetUnit offsetUnit, CancellationToken cancellationToken)
    {
        var (validated, result) = AnnotateUnmapped(document, kinds, offsetUnit, cancellationToken);
        return ResponseMapper.Map(validated, result);
    }

    /// <summary>
    /// The engine's result with the request it answers, for a caller that writes the answer itself without the
    /// contract's messages (the server's protobuf, the CLI's JSONL); <see cref="ResponseMapper.Map"/> of the two is what
    /// <see cref="Annotate(Document?, IReadOnlyCollection{V1.AnnotationKind}, OffsetUnit, CancellationToken)"/> returns.
    /// Throws <see cref="RpcException"/> with the contract's status for a bad request.
    /// </summary>
    public EngineAnswer AnnotateUnmapped(Document? document, IReadOnlyCollection<V1.AnnotationKind> kinds, OffsetUnit offsetUnit, CancellationToken cancellationToken)
    {
        var validated = _validator.Validate(document, kinds, offsetUnit);
        return new(validated, engine.Annotate(validated.Document.Text, new AnnotateOptions(validated.ReferenceDate, validated.Kinds), cancellationToken));
    }
}
