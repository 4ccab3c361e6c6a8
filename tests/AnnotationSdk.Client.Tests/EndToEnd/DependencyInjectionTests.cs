using AnnotationSdk.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AnnotationSdk.Client.Tests.EndToEnd;

public class DependencyInjectionTests(ClientServerFixture server) : IClassFixture<ClientServerFixture>
{
    [Fact]
    public async Task An_injected_client_annotates_against_a_real_server()
    {
        var services = new ServiceCollection();
        services.AddAnnotationClient(o => o.Address = server.Address);
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<AnnotationClient>().AnnotateAsync("Injected clients work 🙂 too.");

        Assert.All(result.Annotations, a => Assert.Equal(a.Text, result.Document.Text[a.Span.Start..a.Span.End]));
        Assert.Contains(result.Hedges, h => h.Text == "Injected");
    }
}
