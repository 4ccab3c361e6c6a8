using System.Threading.Channels;

namespace AnnotationSdk.Server.Services;

/// <summary>
/// Runs work items on the thread pool, up to a window of them at once, and hands their results back in input
/// order as soon as each is ready. Reading the input and writing the results run concurrently, so a caller
/// that waits for one answer before it sends the next document is answered without waiting for a full window.
/// The writer is told whether the next result is ready too, so that it can hold this one back and send both at once.
/// </summary>
internal static class OrderedWindow
{
    /// <summary>Documents in flight per stream: enough to keep every core busy, few enough that memory stays flat.</summary>
    public static int DefaultSize { get; } = Environment.ProcessorCount * 2;

    public static async Task RunAsync<TInput, TResult>(
        IAsyncEnumerable<TInput> inputs,
        Func<TInput, int, CancellationToken, TResult> work,
        Func<TResult, bool, CancellationToken, Task> write,
        int windowSize,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = Channel.CreateBounded<Task<TResult>>(new BoundedChannelOptions(windowSize) { SingleReader = true, SingleWriter = true });
        var reader = StartAllAsync(inputs, work, inFlight.Writer, stop.Token);
        try
        {
            await foreach (var pending in inFlight.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var result = await pending.ConfigureAwait(false);
                var nextIsReady = inFlight.Reader.TryPeek(out var next) && next.IsCompleted;
                await write(result, nextIsReady, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // On an early exit (a failed write, a cancelled document) stop reading and let the started work end.
            await stop.CancelAsync().ConfigureAwait(false);
            await ObserveAsync(reader).ConfigureAwait(false);
            while (inFlight.Reader.TryRead(out var abandoned))
            {
                await ObserveAsync(abandoned).ConfigureAwait(false);
            }
        }

        // Surfaces an input error (the client went away, a bad message) after every answer before it.
        await reader.ConfigureAwait(false);
    }

    private static async Task StartAllAsync<TInput, TResult>(
        IAsyncEnumerable<TInput> inputs,
        Func<TInput, int, CancellationToken, TResult> work,
        ChannelWriter<Task<TResult>> inFlight,
        CancellationToken cancellationToken)
    {
        try
        {
            var index = 0;
            await foreach (var input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var position = index++;
                var item = input;
                // Not started with the token: the work honours it itself and reports how it stopped.
                await inFlight.WriteAsync(Task.Run(() => work(item, position, cancellationToken), CancellationToken.None), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Completed without the error: the answers before it are still written; RunAsync rethrows it after them.
            inFlight.TryComplete();
        }
    }

    private static async Task ObserveAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Already reported through the call's own outcome; here it only must not go unobserved.
        }
    }
}
