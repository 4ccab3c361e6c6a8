using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace AnnotationSdk.Client.Tests.Internal;

/// <summary>
/// Answers gRPC calls without a server: the first <c>failures</c> calls get UNAVAILABLE (a trailers-only
/// response, as a proxy in front of a restarting server sends), every later one gets <c>reply</c>.
/// </summary>
internal sealed class FakeGrpcHandler(int failures, IMessage reply) : HttpMessageHandler
{
    private int _calls;

    public int Calls => _calls;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.ReadAsByteArrayAsync(cancellationToken); // a real server reads the request
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK) { Version = HttpVersion.Version20, RequestMessage = request };
        if (Interlocked.Increment(ref _calls) <= failures)
        {
            response.Content = new ByteArrayContent([]);
            response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
            response.Headers.Add("grpc-status", "14");
            response.Headers.Add("grpc-message", "restarting");
            return response;
        }

        var message = reply.ToByteArray();
        var frame = new byte[5 + message.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame, 5);
        response.Content = new ByteArrayContent(frame);
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        response.TrailingHeaders.Add("grpc-status", "0");
        return response;
    }
}
