using AnnotationSdk.Analyzers.CodeFixes;
using AnnotationSdk.Analyzers.Rules;
using AnnotationSdk.Analyzers.Tests.Verification;
using Verify = AnnotationSdk.Analyzers.Tests.Verification.AnalyzerVerifier<AnnotationSdk.Analyzers.Rules.StreamResultReadWithoutStatusCheckAnalyzer>;

namespace AnnotationSdk.Analyzers.Tests.Rules;

public class StreamResultReadWithoutStatusCheckTests
{
    [Fact]
    public Task Result_read_without_status_check_is_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AnnotationSdk.Client;
        using AnnotationSdk.V1;

        class Batch
        {
            async Task<int> Count(AnnotationClient client, IAsyncEnumerable<Document> documents)
            {
                var total = 0;
                await foreach (var item in client.AnnotateManyAsync(documents))
                {
                    total += {|ANN0010:item.Result|}.Quotes.Count;
                }

                return total;
            }
        }
        """);

    [Fact]
    public Task Result_read_after_checking_status_or_null_is_not_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AnnotationSdk.Client;
        using AnnotationSdk.V1;

        class Batch
        {
            async Task<int> Count(AnnotationClient client, IAsyncEnumerable<Document> documents)
            {
                var total = 0;
                await foreach (var item in client.AnnotateManyAsync(documents))
                {
                    if (!item.IsSuccess)
                    {
                        continue;
                    }

                    total += item.Result.Quotes.Count;
                }

                return total;
            }

            int Quotes(DocumentResult item) => item.Result?.Quotes.Count ?? 0;

            int Strict(DocumentResult item) => item.GetResultOrThrow().Quotes.Count;
        }
        """);

    [Fact]
    public Task Fix_uses_get_result_or_throw() =>
        CodeFixVerifier<StreamResultReadWithoutStatusCheckAnalyzer, UseGetResultOrThrowCodeFixProvider>.VerifyAsync("""
            #nullable enable
            using AnnotationSdk.Client;

            class Batch
            {
                int Quotes(DocumentResult item) => {|ANN0010:item.Result|}!.Quotes.Count;
            }
            """, """
            #nullable enable
            using AnnotationSdk.Client;

            class Batch
            {
                int Quotes(DocumentResult item) => item.GetResultOrThrow().Quotes.Count;
            }
            """);
}
