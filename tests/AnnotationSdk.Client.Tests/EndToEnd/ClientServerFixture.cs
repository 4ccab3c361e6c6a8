using AnnotationSdk.Engine;
using AnnotationSdk.Server;
using Grpc.Net.Client;

namespace AnnotationSdk.Client.Tests.EndToEnd;

/// <summary>One real Kestrel server on a free loopback port, with a word-marking engine, and one channel to it.</summary>
public sealed class ClientServerFixture : IAsyncLifetime
{
    public const long MaxTextBytes = 16 * 1024;

    private RunningAnnotationServer? _server;

    public Uri Address => _server!.Address;

    public GrpcChannel Channel { get; private set; } = null!;

    public AnnotationClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await AnnotationServer.StartAsync(options =>
        {
            options.MaxTextBytes = MaxTextBytes;
            options.Engine = new AnnotationEngine([new WordMarkingAnnotator()]);
        });
        Channel = AnnotationClient.CreateChannel(new AnnotationClientOptions { Address = _server.Address });
        Client = new AnnotationClient(Channel);
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
