using System.Runtime.CompilerServices;
using AnnotationSdk.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace AnnotationSdk.Cli.Backends;

/// <summary>A running server, over one channel for the whole run.</summary>
public sealed class GrpcBackend(Uri address) : IAnnotationBackend
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = null, MaxSendMessageSize = null });

    private AnnotationService.AnnotationServiceClient Client => new(_channel);

    public async Task<AnnotateResponse> AnnotateAsync(AnnotateRequest request, CancellationToken cancellationToken) =>
        await Client.AnnotateAsync(request, cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);

    public async IAsyncEnumerable<StreamAnswer> AnnotateManyAsync(
        IAsyncEnumerable<AnnotateStreamRequest> requests,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var call = Client.AnnotateStream(cancellationToken: cancellationToken);
        using var stopWriting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = WriteAllAsync(call.RequestStream, requests, stopWriting.Token);
        try
        {
            while (await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false))
            {
                yield return StreamAnswer.FromServer(call.ResponseStream.Current);
            }
        }
        finally
        {
            await stopWriting.CancelAsync().ConfigureAwait(false);
        }

        // Surfaces a bad input line found while writing (after every answer before it was yielded).
        await writer.ConfigureAwait(false);
    }

    private static async Task WriteAllAsync(IClientStreamWriter<AnnotateStreamRequest> stream, IAsyncEnumerable<AnnotateStreamRequest> requests, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var request in requests.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await stream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await stream.CompleteAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => _channel.Dispose();
}
