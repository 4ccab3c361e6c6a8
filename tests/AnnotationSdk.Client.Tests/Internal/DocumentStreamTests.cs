using System.Globalization;
using System.Runtime.CompilerServices;
using AnnotationSdk.Client;
using AnnotationSdk.V1;
using Grpc.Core;
using static AnnotationSdk.Client.Tests.Internal.ScriptedDuplexCall;

namespace AnnotationSdk.Client.Tests.Internal;

/// <summary>What the client does when a server breaks the stream's promises: order, one answer each, spans that fit.</summary>
public class DocumentStreamTests
{
    private static async IAsyncEnumerable<Document> Documents(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Document { Id = "d" + i.ToString(CultureInfo.InvariantCulture), Text = "short text" };
        }
    }

    private static async Task<List<DocumentResult>> Run(ScriptedDuplexCall scripted, int documents)
    {
        using var cancellation = new CancellationTokenSource();
        using var call = scripted.ToCall();
        var stream = new DocumentStream(call, options: null);
        var writer = stream.WriteAllAsync(Documents(documents), cancellation);
        var results = new List<DocumentResult>();
        await foreach (var result in stream.ReadInOrderAsync(cancellation.Token))
        {
            results.Add(result);
        }

        await writer;
        return results;
    }

    [Fact]
    public async Task Answers_out_of_order_are_yielded_in_input_order()
    {
        var results = await Run(new ScriptedDuplexCall([Answer(2), Answer(0), Answer(1)]), documents: 3);

        Assert.Equal([0, 1, 2], results.Select(r => r.Index));
        Assert.Equal(["d0", "d1", "d2"], results.Select(r => r.DocumentId));
        Assert.All(results, r => Assert.True(r.IsSuccess));
    }

    [Fact]
    public async Task Every_request_asks_for_utf16_offsets()
    {
        var scripted = new ScriptedDuplexCall([Answer(0), Answer(1)]);

        await Run(scripted, documents: 2);

        Assert.All(scripted.Written, request => Assert.Equal(OffsetUnit.Utf16CodeUnit, request.OffsetUnit));
    }

    [Fact]
    public async Task A_document_the_server_never_answered_gets_its_own_error_in_its_place()
    {
        var results = await Run(new ScriptedDuplexCall([Answer(0), Answer(2)]), documents: 3);

        Assert.Equal([0, 1, 2], results.Select(r => r.Index));
        Assert.Equal([true, false, true], results.Select(r => r.IsSuccess));
        Assert.Equal((int)StatusCode.Internal, results[1].Status.Code);
        Assert.Equal("d1", results[1].DocumentId);
    }

    [Fact]
    public async Task A_duplicate_answer_is_ignored()
    {
        var results = await Run(new ScriptedDuplexCall([Answer(0), Answer(0), Answer(1)]), documents: 2);

        Assert.Equal([0, 1], results.Select(r => r.Index));
    }

    [Fact]
    public async Task Spans_that_do_not_fit_fail_that_document_only()
    {
        var broken = new AnnotateResponse { OffsetUnit = OffsetUnit.Utf16CodeUnit };
        broken.Annotations.Add(new Annotation { Id = "q1", Span = new V1.Span { Start = 0, End = 999 }, Quote = new QuoteDetail() });

        var results = await Run(new ScriptedDuplexCall([Answer(0, broken), Answer(1)]), documents: 2);

        Assert.Equal((int)StatusCode.DataLoss, results[0].Status.Code);
        Assert.True(results[1].IsSuccess);
    }
}
