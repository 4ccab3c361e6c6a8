using AnnotationSdk.Server;
using AnnotationSdk.Testing.Xunit;
using AnnotationSdk.V1;
using Grpc.Net.Client;

namespace AnnotationSdk.Snapshots.Tests;

/// <summary>
/// Every fixture article through a real server over gRPC, held to the same snapshot as the engine: a difference
/// between the two paths fails here, and so does a change in either.
/// </summary>
[Collection(SnapshotFiles.Name)]
public class ServerSnapshotTests(ServerSnapshotTests.RunningServer server) : IClassFixture<ServerSnapshotTests.RunningServer>
{
    [Theory]
    [MemberData(nameof(FixtureArticle.All), MemberType = typeof(FixtureArticle))]
    public async Task Server_output_matches_the_snapshot(string name)
    {
        var article = FixtureArticle.Load(name);
        var request = new AnnotateRequest { Document = new Document { Id = article.Name, Text = article.Text, ReferenceDate = article.ReferenceDate } };

        var response = await server.Client.AnnotateAsync(request);

        AnnotationSnapshot.MatchNamed(article.Text, response, article.Name);
    }

    /// <summary>One real Kestrel server on a free loopback port for the whole class.</summary>
    public sealed class RunningServer : IAsyncLifetime
    {
        private RunningAnnotationServer? _server;
        private GrpcChannel? _channel;

        public AnnotationService.AnnotationServiceClient Client => new(_channel);

        public async Task InitializeAsync()
        {
            _server = await AnnotationServer.StartAsync();
            _channel = GrpcChannel.ForAddress(_server.Address);
        }

        public async Task DisposeAsync()
        {
            _channel?.Dispose();
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }
}
