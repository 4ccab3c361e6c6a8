using AnnotationSdk.V1;
using Grpc.Net.Client;

namespace AnnotationSdk.Server.Tests;

/// <summary>One real Kestrel server on a free loopback port, and a real gRPC channel to it, per test class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const long MaxTextBytes = 64 * 1024;

    private RunningAnnotationServer? _server;

    public GrpcChannel Channel { get; private set; } = null!;

    public AnnotationService.AnnotationServiceClient Client => new(Channel);

    public async Task InitializeAsync()
    {
        _server = await AnnotationServer.StartAsync(options => options.MaxTextBytes = MaxTextBytes);
        Channel = GrpcChannel.ForAddress(_server.Address);
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
