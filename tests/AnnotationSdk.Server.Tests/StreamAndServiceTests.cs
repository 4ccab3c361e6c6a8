using AnnotationSdk.V1;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace AnnotationSdk.Server.Tests;

public class StreamAndServiceTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_stream_of_twenty_documents_with_one_bad_gets_twenty_answers_in_order()
    {
        using var call = server.Client.AnnotateStream();
        for (var i = 0; i < 20; i++)
        {
            var document = new Document { Id = $"doc-{i}", Text = AnnotateTests.Article, ReferenceDate = i == 7 ? "2025-13-01" : "2025-04-30" };
            await call.RequestStream.WriteAsync(new AnnotateStreamRequest { Document = document, OffsetUnit = OffsetUnit.Utf16CodeUnit });
        }

        await call.RequestStream.CompleteAsync();
        var responses = await call.ResponseStream.ReadAllAsync().ToListAsync();

        Assert.Equal(20, responses.Count);
        Assert.Equal(Enumerable.Range(0, 20), responses.Select(r => r.Index));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"doc-{i}"), responses.Select(r => r.DocumentId));
        var bad = responses[7];
        Assert.Equal((int)Code.InvalidArgument, bad.Status.Code);
        Assert.Equal("document.reference_date", bad.Status.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Null(bad.Response);
        Assert.All(responses.Where(r => r.Index != 7), r =>
        {
            Assert.Equal((int)Code.Ok, r.Status.Code);
            Assert.Equal(r.DocumentId, r.Response.DocumentId);
        });
    }

    [Fact]
    public async Task A_client_that_waits_for_each_answer_before_sending_the_next_is_answered_each_time()
    {
        // Documents run in parallel on the server; an answer must still leave without waiting for more input.
        using var call = server.Client.AnnotateStream(deadline: DateTime.UtcNow.AddSeconds(60));
        for (var i = 0; i < 5; i++)
        {
            var document = new Document { Id = $"turn-{i}", Text = AnnotateTests.Article, ReferenceDate = "2025-04-30" };
            await call.RequestStream.WriteAsync(new AnnotateStreamRequest { Document = document });

            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            Assert.Equal(i, call.ResponseStream.Current.Index);
            Assert.Equal($"turn-{i}", call.ResponseStream.Current.DocumentId);
        }

        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
    }

    [Fact]
    public async Task A_long_stream_is_answered_in_input_order()
    {
        using var call = server.Client.AnnotateStream(deadline: DateTime.UtcNow.AddSeconds(120));
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                var text = string.Concat(Enumerable.Repeat(AnnotateTests.Article + " ", 1 + (i * 7 % 5)));
                await call.RequestStream.WriteAsync(new AnnotateStreamRequest { Document = new Document { Id = $"doc-{i}", Text = text, ReferenceDate = "2025-04-30" } });
            }

            await call.RequestStream.CompleteAsync();
        });

        var responses = await call.ResponseStream.ReadAllAsync().ToListAsync();
        await writing;

        Assert.Equal(Enumerable.Range(0, 200), responses.Select(r => r.Index));
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"doc-{i}"), responses.Select(r => r.Response.DocumentId));
    }

    [Fact]
    public async Task Schema_lists_every_kind_with_its_categories()
    {
        var schema = await server.Client.GetSchemaAsync(new GetSchemaRequest());
        Assert.Equal(["q", "a", "d", "h"], schema.Kinds.Select(k => k.IdPrefix));
        Assert.Contains("HEDGE_CATEGORY_APPROXIMATOR", schema.Kinds.Single(k => k.Kind == AnnotationKind.Hedge).Categories);
        Assert.Contains("QUOTE_STYLE_SCARE", schema.Kinds.Single(k => k.Kind == AnnotationKind.Quote).Categories);
        Assert.DoesNotContain(schema.Kinds.SelectMany(k => k.Categories), c => c.EndsWith("UNSPECIFIED", StringComparison.Ordinal));
        Assert.Equal(ServerFixture.MaxTextBytes, schema.MaxTextBytes);
        Assert.Contains("en", schema.Languages);
    }

    [Fact]
    public async Task Health_reports_serving()
    {
        var health = new Health.HealthClient(server.Channel);
        var response = await health.CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_annotation_service()
    {
        var reflection = new ServerReflection.ServerReflectionClient(server.Channel);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("annotation.v1.AnnotationService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }
}
