using AnnotationSdk.Server.Documents;
using AnnotationSdk.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace AnnotationSdk.Server.Tests;

/// <summary>
/// The shipped limit, not a test-sized one: 4 MB of text passes the transport and is refused by our own check, and a
/// document just under it gets its whole answer, many megabytes written in one message.
/// </summary>
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

    [Fact]
    public async Task A_document_just_under_the_limit_gets_its_whole_answer_in_one_message_unary_and_streamed()
    {
        await using var server = await AnnotationServer.StartAsync();
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxSendMessageSize = null, MaxReceiveMessageSize = null });
        var client = new AnnotationService.AnnotationServiceClient(channel);
        var paragraph = AnnotateTests.Article + "\n\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, (FourMegabytes - 1000) / System.Text.Encoding.UTF8.GetByteCount(paragraph)));
        var request = new AnnotateRequest { Document = new Document { Id = "large", Text = text, ReferenceDate = "2025-04-30" }, OffsetUnit = OffsetUnit.Utf8Byte };
        var expected = new DocumentAnnotator().Annotate(request, CancellationToken.None);

        var answer = await client.AnnotateAsync(request);

        Assert.True(expected.CalculateSize() > FourMegabytes, "The answer is meant to be larger than the text.");
        Assert.Equal(expected, answer);

        using var call = client.AnnotateStream();
        await call.RequestStream.WriteAsync(new AnnotateStreamRequest { Document = request.Document, OffsetUnit = request.OffsetUnit });
        await call.RequestStream.CompleteAsync();
        var streamed = await call.ResponseStream.ReadAllAsync().SingleAsync();
        Assert.Equal(expected, streamed.Response);
    }
}
