// The same tasks done right: the packed analyzers must report nothing in this file.
using AnnotationSdk.Client;
using AnnotationSdk.V1;

namespace Consumer;

internal static class CorrectUsage
{
    public static int CountQuotes(AnnotateResponse response)
    {
        var quotes = 0;
        foreach (var annotation in response.Annotations)
        {
            switch (annotation.Kind)
            {
                case AnnotationKind.Quote: quotes++; break;
                case AnnotationKind.Date: break;
                default: break; // a kind added by a newer server
            }
        }

        return quotes;
    }

    public static string FirstDateValue(AnnotateResponse response)
    {
        var first = response.Annotations[0];
        return first.DetailCase == Annotation.DetailOneofCase.Date ? first.Date.Value : string.Empty;
    }

    public static Timex ParseDay(DateDetail detail) => Timex.Parse(detail.Value, detail.Type);

    public static AnnotateResponse AnnotateInBytes(AnnotationService.AnnotationServiceClient stub, string text)
    {
        var request = new AnnotateRequest
        {
            Document = new Document { Text = text },
            Kinds = { AnnotationKind.Quote, AnnotationKind.Attribution },
            OffsetUnit = OffsetUnit.Utf8Byte,
        };
        return stub.Annotate(request, deadline: DateTime.UtcNow.AddSeconds(30));
    }

    public static string FirstSlice(AnnotationService.AnnotationServiceClient stub, string text)
    {
        var response = stub.Annotate(
            new AnnotateRequest { Document = new Document { Text = text }, OffsetUnit = OffsetUnit.Utf8Byte },
            deadline: DateTime.UtcNow.AddSeconds(30));
        return response.Annotations[0].GetText(text, response.OffsetUnit);
    }

    public static async Task<int> AnnotateEachAsync(IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        using var channel = AnnotationClient.CreateChannel(new AnnotationClientOptions { Address = new Uri("http://localhost:5151") });
        var client = new AnnotationClient(channel);
        var total = 0;
        foreach (var text in texts)
        {
            var result = await client.AnnotateAsync(text, cancellationToken: cancellationToken);
            total += result.Quotes.Count;
        }

        return total;
    }

    public static async Task<int> CountAsync(AnnotationClient client, string text, CancellationToken cancellationToken) =>
        (await client.AnnotateAsync(text, cancellationToken: cancellationToken)).Quotes.Count;

    public static async Task<int> CountStreamedAsync(AnnotationClient client, IAsyncEnumerable<Document> documents, CancellationToken cancellationToken)
    {
        var total = 0;
        await foreach (var item in client.AnnotateManyAsync(documents, cancellationToken: cancellationToken))
        {
            if (!item.IsSuccess)
            {
                continue;
            }

            total += item.GetResultOrThrow().Quotes.Count;
        }

        return total;
    }
}
