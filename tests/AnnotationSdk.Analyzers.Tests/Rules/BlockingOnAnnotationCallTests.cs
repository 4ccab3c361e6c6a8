using AnnotationSdk.Analyzers.CodeFixes;
using AnnotationSdk.Analyzers.Rules;
using AnnotationSdk.Analyzers.Tests.Verification;
using Verify = AnnotationSdk.Analyzers.Tests.Verification.AnalyzerVerifier<AnnotationSdk.Analyzers.Rules.BlockingOnAnnotationCallAnalyzer>;

namespace AnnotationSdk.Analyzers.Tests.Rules;

public class BlockingOnAnnotationCallTests
{
    [Fact]
    public Task Blocking_on_client_and_stub_calls_is_reported() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using AnnotationSdk.Client;
        using AnnotationSdk.V1;

        class Sync
        {
            void Run(AnnotationClient client, AnnotationService.AnnotationServiceClient stub, AnnotateRequest request)
            {
                var result = {|ANN0007:client.AnnotateAsync("text").Result|};
                {|ANN0007:client.GetSchemaAsync().Wait()|};
                var schema = {|ANN0007:client.GetSchemaAsync().GetAwaiter().GetResult()|};
                var response = {|ANN0007:stub.AnnotateAsync(request, deadline: DateTime.UtcNow.AddSeconds(5)).ResponseAsync.Result|};
                var other = {|ANN0007:stub.AnnotateAsync(request, cancellationToken: CancellationToken.None).GetAwaiter().GetResult()|};
            }
        }
        """);

    [Fact]
    public Task Awaiting_and_blocking_on_other_tasks_are_not_reported() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using AnnotationSdk.Client;

        class Async
        {
            async Task<int> Run(AnnotationClient client, Task<int> other)
            {
                var result = await client.AnnotateAsync("text");
                return other.Result + result.Quotes.Count;
            }
        }
        """);

    [Fact]
    public Task Fix_awaits_in_an_async_method() =>
        CodeFixVerifier<BlockingOnAnnotationCallAnalyzer, AwaitInsteadOfBlockingCodeFixProvider>.VerifyAsync("""
            using System.Threading.Tasks;
            using AnnotationSdk.Client;

            class Async
            {
                async Task<int> Count(AnnotationClient client)
                {
                    {|ANN0007:client.GetSchemaAsync().Wait()|};
                    var quotes = {|ANN0007:client.AnnotateAsync("text").Result|}.Quotes;
                    return {|ANN0007:client.AnnotateAsync("more").GetAwaiter().GetResult()|}.Quotes.Count + quotes.Count;
                }
            }
            """, """
            using System.Threading.Tasks;
            using AnnotationSdk.Client;

            class Async
            {
                async Task<int> Count(AnnotationClient client)
                {
                    await client.GetSchemaAsync();
                    var quotes = (await client.AnnotateAsync("text")).Quotes;
                    return (await client.AnnotateAsync("more")).Quotes.Count + quotes.Count;
                }
            }
            """);

    [Fact]
    public Task No_fix_in_a_synchronous_method()
    {
        const string source = """
            using AnnotationSdk.Client;

            class Sync
            {
                int Count(AnnotationClient client) => {|ANN0007:client.AnnotateAsync("text").Result|}.Quotes.Count;
            }
            """;
        return CodeFixVerifier<BlockingOnAnnotationCallAnalyzer, AwaitInsteadOfBlockingCodeFixProvider>.VerifyAsync(source, source);
    }
}
