using AnnotationSdk.Server.Documents;
using AnnotationSdk.V1;
using Grpc.Core;

namespace AnnotationSdk.Server.Services;

/// <summary>
/// annotation.v1.AnnotationService as generated, except that <c>Annotate</c> and <c>AnnotateStream</c> answer with
/// the engine's result, which <see cref="ResponseProtobuf"/> writes to the wire as the contract's messages: clients
/// see the same service, methods and bytes. Bound by Grpc.AspNetCore through <see cref="BindService"/>, as a
/// generated base class is.
/// </summary>
[BindServiceMethod(typeof(EngineAnswerServiceBase), nameof(BindService))]
public abstract class EngineAnswerServiceBase
{
    /// <summary>The service's descriptor, which the reflection service looks for beside <see cref="BindService"/>.</summary>
    public static Google.Protobuf.Reflection.ServiceDescriptor Descriptor => AnnotationService.Descriptor;

    public abstract Task<EngineAnswer> Annotate(AnnotateRequest request, ServerCallContext context);

    public abstract Task AnnotateStream(IAsyncStreamReader<AnnotateStreamRequest> requestStream, IServerStreamWriter<EngineStreamAnswer> responseStream, ServerCallContext context);

    public abstract Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, ServerCallContext context);

    /// <summary>
    /// Binds the generated definition (names, kinds of call, request parsing) with the two annotating methods'
    /// answers written by <see cref="ResponseProtobuf"/>. Grpc.AspNetCore finds each handler by its name on the
    /// service it creates per call, so <paramref name="service"/> is not used.
    /// </summary>
    public static void BindService(ServiceBinderBase serviceBinder, EngineAnswerServiceBase? service) =>
        AnnotationService.BindService(new Binder(serviceBinder), null);

    private sealed class Binder(ServiceBinderBase binder) : ServiceBinderBase
    {
        private static readonly Marshaller<EngineAnswer> Answers = new(ResponseProtobuf.Serialize, NotParsed<EngineAnswer>);
        private static readonly Marshaller<EngineStreamAnswer> StreamAnswers = new(ResponseProtobuf.Serialize, NotParsed<EngineStreamAnswer>);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        {
            if (typeof(TResponse) == typeof(AnnotateResponse))
            {
                binder.AddMethod(Answered(method, Answers), (UnaryServerMethod<TRequest, EngineAnswer>?)null);
            }
            else
            {
                binder.AddMethod(method, handler);
            }
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
        {
            if (typeof(TResponse) == typeof(AnnotateStreamResponse))
            {
                binder.AddMethod(Answered(method, StreamAnswers), (DuplexStreamingServerMethod<TRequest, EngineStreamAnswer>?)null);
            }
            else
            {
                binder.AddMethod(method, handler);
            }
        }

        // The service has no call of these two kinds; one added to the contract is bound as generated.
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            binder.AddMethod(method, handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            binder.AddMethod(method, handler);

        private static Method<TRequest, TAnswer> Answered<TRequest, TResponse, TAnswer>(Method<TRequest, TResponse> method, Marshaller<TAnswer> answers)
            where TRequest : class
            where TResponse : class
            where TAnswer : class =>
            new(method.Type, method.ServiceName, method.Name, method.RequestMarshaller, answers);

        // The server only writes answers; reading one is the client's part, with the contract's own parser.
        private static T NotParsed<T>(DeserializationContext context) =>
            throw new NotSupportedException($"{typeof(T).Name} is written by the server, not read; a client reads the contract's message.");
    }
}
