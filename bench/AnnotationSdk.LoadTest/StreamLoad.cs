using System.Collections.Concurrent;
using System.Diagnostics;
using AnnotationSdk.V1;
using Grpc.Core;

namespace AnnotationSdk.LoadTest;

/// <summary>
/// AnnotateStream calls, each sending articles as fast as flow control lets it and reading the answers as
/// they come. Throughput is the figure that counts here; a document's latency includes its wait in the stream.
/// </summary>
internal sealed class StreamLoad(CallInvoker calls, LoadWork work, LoadOptions options, LatencyRecorder recorder)
{
    private long _issued;

    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => OneStreamAsync(stop)));

    private async Task OneStreamAsync(CancellationToken stop)
    {
        // The stream ends by completing the request side, not by cancelling it, so every sent document is answered.
        using var call = calls.AsyncDuplexStreamingCall(RawAnnotateStream.Method, null, default);
        var sent = new ConcurrentQueue<(long At, int Bytes)>();
        var writer = WriteAsync(call.RequestStream, sent, stop);
        while (await call.ResponseStream.MoveNext(CancellationToken.None).ConfigureAwait(false))
        {
            sent.TryDequeue(out var request);
            recorder.Record(request.At, request.Bytes, call.ResponseStream.Current.Ok);
        }

        await writer.ConfigureAwait(false);
    }

    private async Task WriteAsync(IClientStreamWriter<byte[]> stream, ConcurrentQueue<(long At, int Bytes)> sent, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && work.TryTake(ref _issued, out var item))
        {
            sent.Enqueue((Stopwatch.GetTimestamp(), item.Bytes));
            await stream.WriteAsync(item.EncodedForStream, CancellationToken.None).ConfigureAwait(false);
        }

        await stream.CompleteAsync().ConfigureAwait(false);
    }
}
