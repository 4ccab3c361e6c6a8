using AnnotationSdk.Analyzers.CodeFixes;
using AnnotationSdk.Analyzers.Rules;
using AnnotationSdk.Analyzers.Tests.Verification;
using Verify = AnnotationSdk.Analyzers.Tests.Verification.AnalyzerVerifier<AnnotationSdk.Analyzers.Rules.CancellationTokenNotForwardedAnalyzer>;

namespace AnnotationSdk.Analyzers.Tests.Rules;

public class CancellationTokenNotForwardedTests
{
    [Fact]
    public Task Client_call_without_the_callers_token_is_reported() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using AnnotationSdk.Client;

        class Service
        {
            async Task<int> Count(AnnotationClient client, string text, CancellationToken cancellationToken)
            {
                var result = await {|ANN0009:client.AnnotateAsync(text)|};
                var schema = await {|ANN0009:client.GetSchemaAsync()|};
                return result.Quotes.Count;
            }
        }
        """);

    [Fact]
    public Task Calls_with_a_token_or_without_one_in_scope_are_not_reported() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using AnnotationSdk.Client;

        class Service
        {
            Task<AnnotationResult> Forwarded(AnnotationClient client, string text, CancellationToken ct) =>
                client.AnnotateAsync(text, cancellationToken: ct);

            Task<AnnotationResult> NoToken(AnnotationClient client, string text) => client.AnnotateAsync(text);

            Task<AnnotationResult> TwoTokens(AnnotationClient client, string text, CancellationToken a, CancellationToken b) =>
                client.AnnotateAsync(text);

            async Task Stream(AnnotationClient client, System.Collections.Generic.IAsyncEnumerable<AnnotationSdk.V1.Document> documents, CancellationToken ct)
            {
                await foreach (var item in client.AnnotateManyAsync(documents).WithCancellation(ct))
                {
                }
            }
        }
        """);

    [Fact]
    public Task Fix_passes_the_token_by_name() =>
        CodeFixVerifier<CancellationTokenNotForwardedAnalyzer, ForwardCancellationTokenCodeFixProvider>.VerifyAsync("""
            using System.Threading;
            using System.Threading.Tasks;
            using AnnotationSdk.Client;

            class Service
            {
                Task<AnnotationResult> Run(AnnotationClient client, string text, CancellationToken ct) =>
                    {|ANN0009:client.AnnotateAsync(text)|};
            }
            """, """
            using System.Threading;
            using System.Threading.Tasks;
            using AnnotationSdk.Client;

            class Service
            {
                Task<AnnotationResult> Run(AnnotationClient client, string text, CancellationToken ct) =>
                    client.AnnotateAsync(text, cancellationToken: ct);
            }
            """);
}
