using AnnotationSdk.Client;
using AnnotationSdk.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace AnnotationSdk.Client.Tests;

public class DocumentResultTests
{
    [Fact]
    public void A_failed_document_throws_its_own_status_with_details()
    {
        var status = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = "bad date" };
        status.Details.Add(Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = "document.reference_date" } } }));
        var item = new DocumentResult(3, "doc-3", status, null);

        var error = Assert.Throws<RpcException>(item.GetResultOrThrow);

        Assert.False(item.IsSuccess);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("document.reference_date", error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations[0].Field);
    }

    [Fact]
    public void A_successful_document_returns_its_result()
    {
        var result = new AnnotationResult(new Document { Text = "x" }, new AnnotateResponse { OffsetUnit = OffsetUnit.Utf16CodeUnit });
        var item = new DocumentResult(0, "doc-0", new Google.Rpc.Status(), result);

        Assert.True(item.IsSuccess);
        Assert.Same(result, item.GetResultOrThrow());
    }

    [Fact]
    public void An_ok_status_without_a_response_is_not_a_success()
    {
        var item = new DocumentResult(0, "doc-0", new Google.Rpc.Status(), null);

        Assert.False(item.IsSuccess);
        Assert.Equal(StatusCode.Internal, Assert.Throws<RpcException>(item.GetResultOrThrow).StatusCode);
    }
}
