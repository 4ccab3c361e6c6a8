using AnnotationSdk.Client;
using AnnotationSdk.Client.Tests.Internal;
using AnnotationSdk.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AnnotationSdk.Client.Tests.DependencyInjection;

public class AnnotationClientServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Resolved_clients_share_one_handler_and_retry_on_unavailable()
    {
        var handler = new FakeGrpcHandler(failures: 1, new GetSchemaResponse { SchemaVersion = "test" });
        var handlersCreated = 0;
        var services = new ServiceCollection();
        services.AddAnnotationClient(o => o.Address = new Uri("http://annotation.test"))
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                handlersCreated++;
                return handler;
            });
        await using var provider = services.BuildServiceProvider();

        var first = await provider.GetRequiredService<AnnotationClient>().GetSchemaAsync();
        var second = await provider.GetRequiredService<AnnotationClient>().GetSchemaAsync();

        Assert.Equal(("test", "test"), (first.SchemaVersion, second.SchemaVersion));
        Assert.Equal(1, handlersCreated);
        Assert.Equal(3, handler.Calls); // one UNAVAILABLE retried, then one call each
    }

    [Fact]
    public async Task A_missing_address_fails_when_the_client_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddAnnotationClient(o => o.DefaultDeadline = TimeSpan.FromSeconds(1));
        await using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<AnnotationClient>());
    }
}
