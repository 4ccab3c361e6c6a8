using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Backends;

/// <summary>Where annotation happens: the embedded engine or a server. Both answer a request the same way.</summary>
public interface IAnnotationBackend : IDisposable
{
    /// <summary>Annotates one document; a refused document throws Grpc.Core.RpcException with the contract's status.</summary>
    Task<AnnotateResponse> AnnotateAsync(AnnotateRequest request, CancellationToken cancellationToken);

    /// <summary>Annotates documents in order; each answer carries its own status. Memory stays bounded however many there are.</summary>
    IAsyncEnumerable<StreamAnswer> AnnotateManyAsync(IAsyncEnumerable<AnnotateStreamRequest> requests, CancellationToken cancellationToken);
}
