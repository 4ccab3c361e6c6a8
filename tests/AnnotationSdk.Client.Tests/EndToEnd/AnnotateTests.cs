using AnnotationSdk.Client;
using AnnotationSdk.Server;
using AnnotationSdk.V1;
using Google.Rpc;
using Grpc.Core;

namespace AnnotationSdk.Client.Tests.EndToEnd;

public class AnnotateTests(ClientServerFixture server) : IClassFixture<ClientServerFixture>
{
    // Emoji outside the BMP, a combining accent and CJK before and between the words, so UTF-16, UTF-8 and code-point offsets all differ.
    private const string EmojiText = "🎉🎉 Officials in Zürich said 2024 was “a turning point” 👍🏽, e\u0301tude 東京 aside; 🙂 it may rain.";

    [Fact]
    public async Task Every_span_slices_the_text_the_server_covered()
    {
        var result = await server.Client.AnnotateAsync(EmojiText, new AnnotateOptions { ReferenceDate = new DateOnly(2025, 4, 28) });

        Assert.Equal(OffsetUnit.Utf16CodeUnit, result.Response.OffsetUnit);
        Assert.True(result.Annotations.Count >= 10, "The word-marking engine marks every word.");
        Assert.All(result.Annotations, a => Assert.Equal(a.Text, EmojiText[a.Span.Start..a.Span.End]));
        Assert.All(result.Annotations, a => Assert.Equal(a.Text, result.GetText(a)));
        Assert.Contains(result.Hedges, h => h.Text == "rain");
        Assert.Equal(new DateOnly(2024, 1, 1), Assert.Single(result.Dates).Timex.Start);
    }

    [Fact]
    public async Task The_default_engine_gives_spans_that_slice_the_text_too()
    {
        await using var defaultServer = await AnnotationServer.StartAsync();
        using var channel = AnnotationClient.CreateChannel(new AnnotationClientOptions { Address = defaultServer.Address });

        var result = await new AnnotationClient(channel).AnnotateAsync(EmojiText);

        // The rules find little until they land; whatever they find must slice right.
        Assert.All(result.Annotations, a => Assert.Equal(a.Text, EmojiText[a.Span.Start..a.Span.End]));
        Assert.Equal(AnnotationSdk.Engine.AnnotationEngine.SchemaVersion, result.Response.SchemaVersion);
    }

    [Fact]
    public async Task The_reference_date_option_fills_a_document_without_one_only()
    {
        var options = new AnnotateOptions { ReferenceDate = new DateOnly(2025, 4, 28) };

        var filled = await server.Client.AnnotateAsync(new Document { Id = "a", Text = "Words." }, options);
        var own = await server.Client.AnnotateAsync(new Document { Id = "b", Text = "Words.", ReferenceDate = "2020-01-02" }, options);

        Assert.Equal(("2025-04-28", false), (filled.Response.ReferenceDate, filled.Response.ReferenceDateDefaulted));
        Assert.Equal("2020-01-02", own.Response.ReferenceDate);
        Assert.Equal("a", filled.Response.DocumentId);
    }

    [Fact]
    public async Task Kinds_limit_what_comes_back()
    {
        var result = await server.Client.AnnotateAsync(EmojiText, new AnnotateOptions { Kinds = [AnnotationKind.Date] });

        Assert.NotEmpty(result.Annotations);
        Assert.All(result.Annotations, a => Assert.Equal(AnnotationKind.Date, a.Kind));
    }

    [Fact]
    public async Task A_refused_document_throws_with_the_servers_details()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Client.AnnotateAsync(new Document { Text = "Words.", ReferenceDate = "yesterday-ish" }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("document.reference_date", error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations[0].Field);
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_resource_exhausted()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Client.AnnotateAsync(new string('a', (int)ClientServerFixture.MaxTextBytes + 1)));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task GetSchema_describes_the_server()
    {
        var schema = await server.Client.GetSchemaAsync();

        Assert.Contains("en", schema.Languages);
        Assert.Equal(ClientServerFixture.MaxTextBytes, schema.MaxTextBytes);
    }
}
