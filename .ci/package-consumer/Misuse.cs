// Code that misuses the annotation schema and the client. Each line marked "// expect ANNxxxx" must get that
// warning from the packed analyzers when this file is built against the package.
using System.Globalization;
using AnnotationSdk.Client;
using AnnotationSdk.V1;
using Grpc.Net.Client;

namespace Consumer;

internal static class Misuse
{
    public static int CountQuotes(AnnotateResponse response)
    {
        var quotes = 0;
        foreach (var annotation in response.Annotations)
        {
            switch (annotation.Kind) // expect ANN0001
            {
                case AnnotationKind.Quote: quotes++; break;
                case AnnotationKind.Date: break;
            }
        }

        return quotes;
    }

    public static string FirstDateValue(AnnotateResponse response) =>
        response.Annotations[0].Date.Value; // expect ANN0002

    public static DateTime ParseDay(DateDetail detail) =>
        DateTime.Parse(detail.Value, CultureInfo.InvariantCulture); // expect ANN0004

    public static AnnotateResponse AnnotateInBytes(AnnotationService.AnnotationServiceClient stub, string text)
    {
        var request = new AnnotateRequest
        {
            Document = new Document { Text = text },
            Kinds = { AnnotationKind.Unspecified }, // expect ANN0003
        };
        return stub.Annotate(request); // expect ANN0008
    }

    public static string FirstSlice(AnnotationService.AnnotationServiceClient stub, string text)
    {
        var response = stub.Annotate(
            new AnnotateRequest { Document = new Document { Text = text }, OffsetUnit = OffsetUnit.Utf8Byte },
            deadline: DateTime.UtcNow.AddSeconds(30));
        var span = response.Annotations[0].Span;
        return text.Substring(span.Start, span.End - span.Start); // expect ANN0005
    }

    public static async Task<int> AnnotateEachAsync(IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var text in texts)
        {
            using var channel = GrpcChannel.ForAddress("http://localhost:5151"); // expect ANN0006
            var client = new AnnotationClient(channel); // expect ANN0006
            var result = await client.AnnotateAsync(text, cancellationToken: cancellationToken);
            total += result.Quotes.Count;
        }

        return total;
    }

    public static int CountBlocking(AnnotationClient client, string text) =>
        client.AnnotateAsync(text).Result.Quotes.Count; // expect ANN0007

    public static async Task<int> CountStreamedAsync(AnnotationClient client, IAsyncEnumerable<Document> documents)
    {
        var total = 0;
        await foreach (var item in client.AnnotateManyAsync(documents))
        {
            total += item.Result!.Quotes.Count; // expect ANN0010
        }

        return total;
    }
}
