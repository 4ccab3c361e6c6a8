using AnnotationSdk.V1;
using Google.Protobuf;
using Grpc.Core;

namespace AnnotationSdk.LoadTest;

/// <summary>Of one AnnotateStream answer the load tool received, only whether its status was OK.</summary>
internal sealed record RawStreamAnswer(bool Ok)
{
    public static readonly RawStreamAnswer Succeeded = new(true);
    public static readonly RawStreamAnswer Failed = new(false);
}

/// <summary>
/// annotation.v1.AnnotationService/AnnotateStream with each document sent as bytes encoded once per article and of
/// each answer only the status read, as <see cref="RawAnnotate"/> does for unary calls: decoding every annotation of
/// every answer would take the server's cores for work nobody reads.
/// </summary>
internal static class RawAnnotateStream
{
    private const int StatusField = 3;

    public static readonly Method<byte[], RawStreamAnswer> Method = new(
        MethodType.DuplexStreaming,
        AnnotationService.Descriptor.FullName,
        nameof(AnnotationService.AnnotationServiceClient.AnnotateStream),
        new Marshaller<byte[]>((bytes, context) => context.Complete(bytes), context => context.PayloadAsNewBuffer()),
        new Marshaller<RawStreamAnswer>((_, _) => throw new NotSupportedException("The load tool only receives answers."), context => Read(context.PayloadAsNewBuffer())));

    /// <summary>The answer's status, with the other fields (the annotations among them) skipped unread.</summary>
    internal static RawStreamAnswer Read(byte[] payload)
    {
        var input = new CodedInputStream(payload);
        var ok = false;
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == StatusField && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                var status = new Google.Rpc.Status();
                input.ReadMessage(status);
                ok = status.Code == (int)StatusCode.OK;
            }
            else
            {
                input.SkipLastField();
            }
        }

        return ok ? RawStreamAnswer.Succeeded : RawStreamAnswer.Failed;
    }
}
