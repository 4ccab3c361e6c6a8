using AnnotationSdk.Cli.Input;
using Xunit;

namespace AnnotationSdk.Cli.Tests;

/// <summary>`annotate --jsonl` reads and parses its input ahead of the flow that writes the answers; the order of the
/// documents, the place of a bad line's error and stopping early must stay as if it read them itself.</summary>
public class ReadAheadTests
{
    [Fact]
    public async Task Items_arrive_in_order_whatever_the_window()
    {
        foreach (var window in new[] { 1, 2, 16 })
        {
            var read = new List<int>();
            await foreach (var item in ReadAhead.Of(Count(100), window, CancellationToken.None))
            {
                read.Add(item);
            }

            Assert.Equal(Enumerable.Range(0, 100), read);
        }
    }

    [Fact]
    public async Task The_sources_error_comes_after_every_item_before_it()
    {
        var read = new List<int>();
        var error = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var item in ReadAhead.Of(FailingAfter(5), 2, CancellationToken.None))
            {
                read.Add(item);
            }
        });

        Assert.Equal("line 6", error.Message);
        Assert.Equal([0, 1, 2, 3, 4], read);
    }

    [Fact]
    public async Task A_reader_that_stops_early_stops_the_source()
    {
        var source = new EndlessSource();
        await foreach (var item in ReadAhead.Of(source.Items(), 4, CancellationToken.None))
        {
            if (item == 10)
            {
                break;
            }
        }

        Assert.True(await source.Stopped.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Cancellation_ends_the_reading()
    {
        using var cancellation = new CancellationTokenSource();
        var source = new EndlessSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in ReadAhead.Of(source.Items(), 4, cancellation.Token))
            {
                if (item == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.True(await source.Stopped.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static async IAsyncEnumerable<int> Count(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> FailingAfter(int count)
    {
        await foreach (var item in Count(count))
        {
            yield return item;
        }

        throw new InvalidDataException($"line {count + 1}");
    }

    private sealed class EndlessSource
    {
        private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<bool> Stopped => _stopped.Task.ContinueWith(_ => true, TaskScheduler.Default);

        public async IAsyncEnumerable<int> Items([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await Task.Yield();
                    yield return i;
                }
            }
            finally
            {
                _stopped.TrySetResult();
            }
        }
    }
}
