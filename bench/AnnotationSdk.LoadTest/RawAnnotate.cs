using AnnotationSdk.V1;
using Grpc.Core;

namespace AnnotationSdk.LoadTest;

/// <summary>The size in bytes of an answer the load tool received and did not decode.</summary>
internal sealed record RawAnswer(int Bytes);

/// <summary>
/// annotation.v1.AnnotationService/Annotate with the request sent as bytes encoded once per article and the answer
/// left undecoded. The load tool shares the machine's cores with the server it measures, so every microsecond it
/// spends re-encoding the same requests or decoding answers nobody reads is taken from the server.
/// </summary>
internal static class RawAnnotate
{
    public static readonly Method<byte[], RawAnswer> Method = new(
        MethodType.Unary,
        AnnotationService.Descriptor.FullName,
        nameof(AnnotationService.AnnotationServiceClient.Annotate),
        new Marshaller<byte[]>((bytes, context) => context.Complete(bytes), context => context.PayloadAsNewBuffer()),
        new Marshaller<RawAnswer>((_, _) => throw new NotSupportedException("The load tool only receives answers."), context => new RawAnswer(context.PayloadLength)));
}
