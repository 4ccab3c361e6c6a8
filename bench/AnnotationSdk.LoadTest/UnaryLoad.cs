using System.Diagnostics;
using Grpc.Core;

namespace AnnotationSdk.LoadTest;

/// <summary>Unary Annotate calls: a fixed number of callers as fast as the server answers, or a fixed request rate.</summary>
internal sealed class UnaryLoad(CallInvoker calls, LoadWork work, LoadOptions options, LatencyRecorder recorder)
{
    private long _issued;

    public Task RunAsync(CancellationToken stop) => options.Rate > 0
        ? FixedRateAsync(stop)
        : Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => CallerAsync(stop)));

    private async Task CallerAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && work.TryTake(ref _issued, out var item))
        {
            await CallAsync(item, Stopwatch.GetTimestamp()).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Requests leave on a fixed schedule whatever the answers do, and each latency counts from the scheduled
    /// time, so a server that falls behind shows it in the percentiles instead of slowing the sender down.
    /// </summary>
    private async Task FixedRateAsync(CancellationToken stop)
    {
        using var inFlight = new SemaphoreSlim(options.Concurrency, options.Concurrency);
        var started = Stopwatch.GetTimestamp();
        var ticksPerRequest = Stopwatch.Frequency / options.Rate;
        long scheduled = 0;
        while (!stop.IsCancellationRequested)
        {
            var due = (long)(Stopwatch.GetElapsedTime(started).TotalSeconds * options.Rate);
            for (; scheduled < due; scheduled++)
            {
                if (!work.TryTake(ref _issued, out var item))
                {
                    break;
                }

                var scheduledAt = started + (long)(scheduled * ticksPerRequest);
                await inFlight.WaitAsync(CancellationToken.None).ConfigureAwait(false);
                _ = CallThenReleaseAsync(item, scheduledAt, inFlight);
            }

            if (scheduled < due)
            {
                break;
            }

            await Task.Delay(1, CancellationToken.None).ConfigureAwait(false);
        }

        for (var i = 0; i < options.Concurrency; i++)
        {
            await inFlight.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task CallThenReleaseAsync(LoadItem item, long scheduledAt, SemaphoreSlim inFlight)
    {
        try
        {
            await CallAsync(item, scheduledAt).ConfigureAwait(false);
        }
        finally
        {
            inFlight.Release();
        }
    }

    private async Task CallAsync(LoadItem item, long startedAt)
    {
        bool ok;
        try
        {
            // Every answer carries at least its schema version and reference date: an empty one is broken.
            ok = (await calls.AsyncUnaryCall(RawAnnotate.Method, null, default, item.Encoded).ResponseAsync.ConfigureAwait(false)).Bytes > 0;
        }
        catch (RpcException)
        {
            ok = false;
        }

        recorder.Record(startedAt, item.Bytes, ok);
    }
}
