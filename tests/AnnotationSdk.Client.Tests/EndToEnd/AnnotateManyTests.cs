using System.Globalization;
using System.Runtime.CompilerServices;
using AnnotationSdk.Client;
using AnnotationSdk.V1;
using Google.Rpc;
using Grpc.Core;

namespace AnnotationSdk.Client.Tests.EndToEnd;

public class AnnotateManyTests(ClientServerFixture server) : IClassFixture<ClientServerFixture>
{
    private const int BadIndex = 7;

    private static async IAsyncEnumerable<Document> Documents(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Document
            {
                Id = "doc-" + i.ToString(CultureInfo.InvariantCulture),
                Text = $"Report {i} 🙂 from 2024: the minister said it may pass.",

                // One document the server must refuse on its own, without ending the stream.
                ReferenceDate = i == BadIndex ? "not a date" : string.Empty,
            };
        }
    }

    [Fact]
    public async Task Twenty_documents_come_back_in_order_and_the_bad_one_carries_its_own_error()
    {
        var results = new List<DocumentResult>();
        await foreach (var item in server.Client.AnnotateManyAsync(Documents(20), new AnnotateOptions { ReferenceDate = new DateOnly(2025, 4, 28) }))
        {
            results.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 20), results.Select(r => r.Index));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => "doc-" + i.ToString(CultureInfo.InvariantCulture)), results.Select(r => r.DocumentId));
        var bad = results[BadIndex];
        Assert.False(bad.IsSuccess);
        Assert.Null(bad.Result);
        Assert.Equal((int)Code.InvalidArgument, bad.Status.Code);
        Assert.Equal(StatusCode.InvalidArgument, Assert.Throws<RpcException>(bad.GetResultOrThrow).StatusCode);
        foreach (var good in results.Where(r => r.Index != BadIndex))
        {
            Assert.True(good.IsSuccess, good.Status.Message);
            var result = good.GetResultOrThrow();
            Assert.Equal(good.DocumentId, result.Document.Id);
            Assert.Equal("2025-04-28", result.Response.ReferenceDate);
            Assert.Contains(result.Hedges, h => h.Text == "Report");
            Assert.All(result.Annotations, a => Assert.Equal(a.Text, result.Document.Text[a.Span.Start..a.Span.End]));
        }
    }

    [Fact]
    public async Task An_empty_input_yields_nothing()
    {
        var count = 0;
        await foreach (var unused in server.Client.AnnotateManyAsync(Documents(0)))
        {
            count++;
        }

        Assert.Equal(0, count);
    }

    [Fact]
    public async Task A_failing_input_surfaces_its_own_exception()
    {
        async IAsyncEnumerable<Document> FailsAfterTwo()
        {
            await foreach (var document in Documents(2))
            {
                yield return document;
            }

            throw new InvalidDataException("the caller's input broke");
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var unused in server.Client.AnnotateManyAsync(FailsAfterTwo()))
            {
            }
        });

        Assert.Equal("the caller's input broke", error.Message);
    }

    [Fact]
    public async Task An_input_that_cannot_even_start_surfaces_its_exception()
    {
        await Assert.ThrowsAsync<NotSupportedException>(async () =>
        {
            await foreach (var unused in server.Client.AnnotateManyAsync(new UnstartableInput()))
            {
            }
        });
    }

    [Fact]
    public async Task A_null_document_in_the_input_is_an_argument_error()
    {
        async IAsyncEnumerable<Document> WithNull()
        {
            await Task.Yield();
            yield return null!;
        }

        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var unused in server.Client.AnnotateManyAsync(WithNull()))
            {
            }
        });
    }

    [Fact]
    public async Task Stopping_early_ends_the_stream_and_the_client_stays_usable()
    {
        await foreach (var item in server.Client.AnnotateManyAsync(Documents(1_000)))
        {
            Assert.Equal(0, item.Index);
            break;
        }

        var next = await server.Client.AnnotateAsync("Still working.");
        Assert.NotEmpty(next.Annotations);
    }

    [Fact]
    public async Task Cancelling_the_enumeration_ends_it_with_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var unused in server.Client.AnnotateManyAsync(Documents(1_000), cancellationToken: cancellation.Token))
            {
                if (++seen == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.True(error is OperationCanceledException || error is RpcException { StatusCode: StatusCode.Cancelled }, error.ToString());
        Assert.True(seen < 1_000);
    }

    private sealed class UnstartableInput : IAsyncEnumerable<Document>
    {
        public IAsyncEnumerator<Document> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("no enumeration today");
    }
}
