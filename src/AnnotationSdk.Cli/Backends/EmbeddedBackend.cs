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

    public async IAsyncEnumerable<StreamAnswer> AnnotateManyAsync(
        IAsyncEnumerable<AnnotateStreamRequest> requests,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = new Queue<Task<StreamAnswer>>(Window);
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

                var request = source.Current;
                pending.Enqueue(Task.Run(() => AnnotateOne(request, cancellationToken), cancellationToken));
                if (pending.Count >= Window)
                {
                    yield return await pending.Dequeue().ConfigureAwait(false);
                }
            }
        }
    }

    // The engine's result itself, not the contract's message: the JSONL writer writes it out without one.
    private StreamAnswer AnnotateOne(AnnotateStreamRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var (validated, result) = annotator.AnnotateUnmapped(request.Document, request.Kinds, request.OffsetUnit, cancellationToken);
            return StreamAnswer.FromEngine(validated, result);
        }
        catch (RpcException error)
        {
            return StreamAnswer.Refused(request.Document?.Id ?? string.Empty, RequestErrors.ToStatus(error));
        }
    }

    public void Dispose()
    {
    }
}
