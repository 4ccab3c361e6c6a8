using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace AnnotationSdk.Cli.Input;

/// <summary>
/// Runs a source on its own flow, a bounded number of items ahead of its reader, so that reading and parsing the
/// input goes on while the reader's flow waits for answers and writes them, instead of taking turns with it.
/// Items arrive in order, then the source's error, if any, after every item before it.
/// </summary>
internal static class ReadAhead
{
    public static async IAsyncEnumerable<T> Of<T>(IAsyncEnumerable<T> source, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stopped = stop.Token; // read once: the source may outlive the token source, cancelled and disposed below
        // Never awaited: it ends by completing the channel, with the source's error if any, which the loop below reads.
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in source.WithCancellation(stopped).ConfigureAwait(false))
                    {
                        await channel.Writer.WriteAsync(item, stopped).ConfigureAwait(false);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception error)
                {
                    channel.Writer.Complete(error);
                }
            },
            CancellationToken.None);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var item))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            // A reader that stops early (a refused document, cancellation) stops the source too. It does not wait for it:
            // a read from a pipe does not end on cancellation, and standard input may send nothing more for a long time.
            stop.Cancel();
        }
    }
}
