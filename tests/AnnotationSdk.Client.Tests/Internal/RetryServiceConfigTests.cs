using AnnotationSdk.Client;
using AnnotationSdk.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace AnnotationSdk.Client.Tests.Internal;

public class RetryServiceConfigTests
{
    private static readonly Uri Address = new("http://annotation.test");

    private static GrpcChannel ChannelOver(FakeGrpcHandler handler, int maxRetryAttempts)
    {
        var options = new GrpcChannelOptions { HttpHandler = handler };
        RetryServiceConfig.Apply(options, new AnnotationClientOptions { MaxRetryAttempts = maxRetryAttempts });
        return GrpcChannel.ForAddress(Address, options);
    }

    [Fact]
    public async Task Annotate_is_retried_on_unavailable_until_it_succeeds()
    {
        var handler = new FakeGrpcHandler(failures: 2, new AnnotateResponse { OffsetUnit = OffsetUnit.Utf16CodeUnit });
        using var channel = ChannelOver(handler, maxRetryAttempts: 4);

        var result = await new AnnotationClient(channel).AnnotateAsync("Some text.");

        Assert.Empty(result.Annotations);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task Retries_stop_at_the_configured_count()
    {
        var handler = new FakeGrpcHandler(failures: 10, new GetSchemaResponse());
        using var channel = ChannelOver(handler, maxRetryAttempts: 2);

        var error = await Assert.ThrowsAsync<RpcException>(() => new AnnotationClient(channel).GetSchemaAsync());

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task No_retries_when_they_are_turned_off()
    {
        var handler = new FakeGrpcHandler(failures: 1, new GetSchemaResponse());
        using var channel = ChannelOver(handler, maxRetryAttempts: 0);

        await Assert.ThrowsAsync<RpcException>(() => new AnnotationClient(channel).GetSchemaAsync());

        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public void The_retried_methods_exist_in_the_contract()
    {
        var options = new GrpcChannelOptions();
        RetryServiceConfig.Apply(options, new AnnotationClientOptions());

        var names = Assert.Single(options.ServiceConfig!.MethodConfigs).Names;
        Assert.All(names, name => Assert.NotNull(AnnotationService.Descriptor.FindMethodByName(name.Method)));
        Assert.All(names, name => Assert.Equal(AnnotationService.Descriptor.FullName, name.Service));
        Assert.DoesNotContain(names, name => name.Method == "AnnotateStream");
    }
}
