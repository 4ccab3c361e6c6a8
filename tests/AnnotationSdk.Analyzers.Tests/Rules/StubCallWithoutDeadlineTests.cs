using AnnotationSdk.Analyzers.CodeFixes;
using AnnotationSdk.Analyzers.Rules;
using AnnotationSdk.Analyzers.Tests.Verification;
using Verify = AnnotationSdk.Analyzers.Tests.Verification.AnalyzerVerifier<AnnotationSdk.Analyzers.Rules.StubCallWithoutDeadlineAnalyzer>;

namespace AnnotationSdk.Analyzers.Tests.Rules;

public class StubCallWithoutDeadlineTests
{
    [Fact]
    public Task Stub_calls_without_deadline_or_token_are_reported() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using AnnotationSdk.V1;
        using Grpc.Core;

        class Calls
        {
            async Task Run(AnnotationService.AnnotationServiceClient stub, AnnotateRequest request)
            {
                var response = {|ANN0008:stub.Annotate(request)|};
                var later = await {|ANN0008:stub.AnnotateAsync(request, new Metadata())|};
                using var stream = {|ANN0008:stub.AnnotateStream()|};
            }
        }
        """);

    [Fact]
    public Task Stub_calls_with_deadline_token_or_call_options_are_not_reported() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using AnnotationSdk.Client;
        using AnnotationSdk.V1;
        using Grpc.Core;

        class Calls
        {
            async Task Run(AnnotationService.AnnotationServiceClient stub, AnnotateRequest request, CancellationToken ct, AnnotationClient client)
            {
                var a = stub.Annotate(request, deadline: DateTime.UtcNow.AddSeconds(10));
                var b = await stub.AnnotateAsync(request, cancellationToken: ct);
                var c = stub.GetSchema(new GetSchemaRequest(), new CallOptions(deadline: DateTime.UtcNow.AddSeconds(5)));
                var d = await client.AnnotateAsync("text");
            }
        }
        """);

    [Fact]
    public Task Fix_adds_a_deadline() =>
        CodeFixVerifier<StubCallWithoutDeadlineAnalyzer, AddDeadlineCodeFixProvider>.VerifyAsync("""
            using System;
            using AnnotationSdk.V1;

            class Calls
            {
                AnnotateResponse Run(AnnotationService.AnnotationServiceClient stub, AnnotateRequest request) =>
                    {|ANN0008:stub.Annotate(request)|};
            }
            """, """
            using System;
            using AnnotationSdk.V1;

            class Calls
            {
                AnnotateResponse Run(AnnotationService.AnnotationServiceClient stub, AnnotateRequest request) =>
                    stub.Annotate(request, deadline: DateTime.UtcNow.AddSeconds(30));
            }
            """);
}
