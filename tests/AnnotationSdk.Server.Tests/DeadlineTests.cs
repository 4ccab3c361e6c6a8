using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace AnnotationSdk.Server.Tests;

/// <summary>Deadlines and cancellation must reach the engine while it works on a document, not only between calls.</summary>
public class DeadlineTests
{
    [Theory]
    [InlineData(false, StatusCode.DeadlineExceeded)]
    [InlineData(true, StatusCode.Cancelled)]
    public async Task The_engine_stops_mid_document(bool cancelByClient, StatusCode expected)
    {
        var annotator = new WaitsForCancellation();
        await using var server = await AnnotationServer.StartAsync(options => options.Engine = new AnnotationEngine([annotator]));
        using var channel = GrpcChannel.ForAddress(server.Address);
        var client = new AnnotationService.AnnotationServiceClient(channel);
        using var cancellation = new CancellationTokenSource();
        await client.GetSchemaAsync(new GetSchemaRequest()); // connection and JIT warm, so the deadline is spent in the engine

        var call = client.AnnotateAsync(
            new AnnotateRequest { Document = new Document { Text = "Some text.", ReferenceDate = "2025-01-01" } },
            deadline: cancelByClient ? null : DateTime.UtcNow.AddSeconds(1),
            cancellationToken: cancellation.Token);
        Assert.True(annotator.Started.Wait(TimeSpan.FromSeconds(30)), "The annotator never started.");
        if (cancelByClient)
        {
            await cancellation.CancelAsync();
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.Equal(expected, error.StatusCode);
        Assert.True(annotator.Stopped.Wait(TimeSpan.FromSeconds(30)), "The engine kept working after the call ended.");
    }

    /// <summary>An annotator that works until the call's token says stop, like a long document would.</summary>
    private sealed class WaitsForCancellation : IAnnotator
    {
        public ManualResetEventSlim Started { get; } = new();

        public ManualResetEventSlim Stopped { get; } = new();

        public string Name => "waits";

        public void Annotate(AnnotationContext context)
        {
            Started.Set();
            try
            {
                context.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(60));
                context.ThrowIfCancellationRequested();
            }
            finally
            {
                Stopped.Set();
            }
        }
    }
}
