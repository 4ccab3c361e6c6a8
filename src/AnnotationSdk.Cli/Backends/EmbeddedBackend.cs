using System.Runtime.CompilerServices;
using AnnotationSdk.Server.Documents;
using AnnotationSdk.V1;
using Grpc.Core;

namespace AnnotationSdk.Cli.Backends;

/// <summary>The engine in this process, through the same request path as the server.</summary>
public sealed class EmbeddedBackend(DocumentAnnotator annotator) : IAnnotationBackend
{
    // Documents in flight at once: enough to keep every core busy, few enough that memory stays flat.
    private static readonly int Window = Environment.ProcessorCount * 4;

    public EmbeddedBackend()
        : this(new DocumentAnnotator(new AnnotationServerOptions { MaxTextBytes = long.MaxValue }))
    {
    }

    public Task<AnnotateResponse> AnnotateAsync(AnnotateRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(annotator.Annotate(request, cancellationToken));

    public async IAsyncEnumerable<AnnotateStreamResponse> AnnotateManyAsync(
        IAsyncEnumerable<AnnotateStreamRequest> requests,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = new Queue<Task<AnnotateStreamResponse>>(Window);
        var index = 0;
        var source = requests.GetAsyncEnumerator(cancellationToken);
        await using (source.ConfigureAwait(false))
        {
            while (true)
            {
                bool more;
                System.Runtime.ExceptionServices.ExceptionDispatchInfo? inputError = null;
                try
                {
                    more = await source.MoveNextAsync().ConfigureAwait(false);
                }
                catch (CliException error)
                {
                    // A bad input line: first answer every document before it, then report it.
                    inputError = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error);
                    more = false;
                }

                if (!more)
                {
                    while (pending.Count > 0)
                    {
                        yield return await pending.Dequeue().ConfigureAwait(false);
                    }

                    inputError?.Throw();
                    yield break;
                }

                var position = index++;
                var request = source.Current;
                pending.Enqueue(Task.Run(() => AnnotateOne(position, request, cancellationToken), cancellationToken));
                if (pending.Count >= Window)
                {
                    yield return await pending.Dequeue().ConfigureAwait(false);
                }
            }
        }
    }

    private AnnotateStreamResponse AnnotateOne(int index, AnnotateStreamRequest request, CancellationToken cancellationToken)
    {
        var response = new AnnotateStreamResponse { Index = index, DocumentId = request.Document?.Id ?? string.Empty };
        try
        {
            response.Response = annotator.Annotate(request, cancellationToken);
            response.Status = new Google.Rpc.Status { Code = (int)StatusCode.OK };
        }
        catch (RpcException error)
        {
            response.Status = RequestErrors.ToStatus(error);
        }

        return response;
    }

    public void Dispose()
    {
    }
}
