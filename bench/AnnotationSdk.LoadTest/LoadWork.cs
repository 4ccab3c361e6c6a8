using System.Text;
using AnnotationSdk.V1;
using Google.Protobuf;

namespace AnnotationSdk.LoadTest;

/// <summary>
/// One prepared request, the same request already encoded for the wire as Annotate's request and as an
/// AnnotateStream request, and the UTF-8 size of its text.
/// </summary>
internal sealed record LoadItem(AnnotateRequest Request, byte[] Encoded, byte[] EncodedForStream, int Bytes);

/// <summary>The requests to send, built once and cycled through, up to the run's request budget.</summary>
internal sealed class LoadWork
{
    private const string ReferenceDate = "2025-04-30";
    private readonly LoadItem[] _items;
    private readonly long _maxRequests;

    public LoadWork(IReadOnlyList<string> articles, IReadOnlyList<AnnotationKind> kinds, long maxRequests)
    {
        _items = articles.Select((text, i) =>
        {
            var request = new AnnotateRequest { Document = new Document { Id = "article-" + i, Text = text, ReferenceDate = ReferenceDate }, Kinds = { kinds } };
            var streamRequest = new AnnotateStreamRequest { Document = request.Document, Kinds = { kinds } };
            return new LoadItem(request, request.ToByteArray(), streamRequest.ToByteArray(), Encoding.UTF8.GetByteCount(text));
        }).ToArray();
        _maxRequests = maxRequests;
    }

    public IReadOnlyList<LoadItem> Items => _items;

    /// <summary>The next request, or false once the budget is spent; <paramref name="issued"/> is the caller's shared counter.</summary>
    public bool TryTake(ref long issued, out LoadItem item)
    {
        var n = Interlocked.Increment(ref issued);
        item = _items[(int)((n - 1) % _items.Length)];
        return n <= _maxRequests;
    }
}
