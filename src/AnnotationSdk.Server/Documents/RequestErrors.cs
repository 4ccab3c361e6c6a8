using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace AnnotationSdk.Server.Documents;

/// <summary>Builds the rich errors of the contract: a google.rpc.Status with details, carried by an RpcException.</summary>
public static class RequestErrors
{
    public static RpcException InvalidArgument(string field, string description) =>
        Create(Code.InvalidArgument, $"{field}: {description}", new BadRequest
        {
            FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = description } },
        });

    public static RpcException TooLarge(string field, long size, long limit) =>
        Create(Code.ResourceExhausted, $"{field} is {size} bytes of UTF-8; the limit is {limit}.", new QuotaFailure
        {
            Violations = { new QuotaFailure.Types.Violation { Subject = field, Description = $"{size} bytes > {limit} bytes" } },
        });

    /// <summary>The status to report for an exception, as the google.rpc.Status a stream response carries.</summary>
    public static Google.Rpc.Status ToStatus(Exception exception) => exception switch
    {
        RpcException rpc => rpc.GetRpcStatus() ?? new Google.Rpc.Status { Code = (int)rpc.StatusCode, Message = rpc.Status.Detail },
        _ => new Google.Rpc.Status { Code = (int)Code.Internal, Message = "Annotating the document failed." },
    };

    private static RpcException Create(Code code, string message, Google.Protobuf.IMessage detail) =>
        new Google.Rpc.Status { Code = (int)code, Message = message, Details = { Any.Pack(detail) } }.ToRpcException();
}
