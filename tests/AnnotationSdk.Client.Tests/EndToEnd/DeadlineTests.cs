using AnnotationSdk.Client;
using AnnotationSdk.Engine;
using AnnotationSdk.Server;
using Grpc.Core;

namespace AnnotationSdk.Client.Tests.EndToEnd;

/// <summary>The client's deadlines reach a server that is busy on the document; none of these asserts on time taken.</summary>
public class DeadlineTests
{
    private static async Task<RpcException> AnnotateAgainstABusyServer(AnnotationClientOptions clientOptions, AnnotateOptions? options, TimeSpan? cancelAfter = null)
    {
        await using var server = await AnnotationServer.StartAsync(o => o.Engine = new AnnotationEngine([new WaitingAnnotator()]), CancellationToken.None);
        clientOptions.Address = server.Address;
        using var channel = AnnotationClient.CreateChannel(clientOptions);
        // Warm the connection with the default 30 s deadline, so the short one under test is spent on the document.
        await new AnnotationClient(channel).GetSchemaAsync(CancellationToken.None);
        var client = new AnnotationClient(channel, clientOptions);
        using var cancellation = new CancellationTokenSource(cancelAfter ?? Timeout.InfiniteTimeSpan);

        return await Assert.ThrowsAsync<RpcException>(() => client.AnnotateAsync("A long article.", options, cancellation.Token));
    }

    [Fact]
    public async Task The_default_deadline_applies_when_the_call_sets_none()
    {
        var error = await AnnotateAgainstABusyServer(new AnnotationClientOptions { DefaultDeadline = TimeSpan.FromSeconds(1) }, options: null);

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task A_per_call_deadline_overrides_the_default()
    {
        var error = await AnnotateAgainstABusyServer(
            new AnnotationClientOptions { DefaultDeadline = Timeout.InfiniteTimeSpan },
            new AnnotateOptions { Deadline = TimeSpan.FromSeconds(1) });

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task Cancellation_ends_the_call_as_cancelled()
    {
        var error = await AnnotateAgainstABusyServer(
            new AnnotationClientOptions { DefaultDeadline = Timeout.InfiniteTimeSpan },
            options: null,
            cancelAfter: TimeSpan.FromSeconds(1));

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }
}
