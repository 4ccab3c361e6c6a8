using AnnotationSdk.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace AnnotationSdk.Server.Tests;

/// <summary>The shipped limit, not a test-sized one: 4 MB of text passes the transport and is refused by our own check.</summary>
public class DefaultLimitTests
{
    private const int FourMegabytes = 4 * 1024 * 1024;

    [Fact]
    public async Task Four_megabytes_plus_one_byte_is_resource_exhausted_with_the_default_limit()
    {
        await using var server = await AnnotationServer.StartAsync();
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxSendMessageSize = null });
        var client = new AnnotationService.AnnotationServiceClient(channel);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.AnnotateAsync(new AnnotateRequest
        {
            Document = new Document { Text = new string('a', FourMegabytes + 1), ReferenceDate = "2025-01-01" },
        }).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("limit is 4194304", error.Status.Detail, StringComparison.Ordinal);
    }
}
