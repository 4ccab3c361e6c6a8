using System.Buffers;

namespace AnnotationSdk.Engine.Text;

/// <summary>
/// The sentences or paragraphs of the document being tokenized, gathered in pooled storage and handed out as an array of
/// exactly their number: sized from the text's length, a list's storage was about twice what news needs, and was garbage
/// once copied out (together about 0.4 MB per MB of text).
/// </summary>
internal struct SegmentBuffer(int expected)
{
    // Room for the segments of a document of about 1 MB is kept for the next one; a longer document's goes to the collector.
    private static readonly CappedArrayPool<Segment> Pool = new(ArrayPool<Segment>.Shared, 1 << 14);

    private Segment[] _items = Pool.Rent(expected);

    public int Count { get; private set; }

    public void Add(in Segment segment)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count++] = segment;
    }

    /// <summary>The segments, in an array of their own; the storage goes back to the pool, and the buffer is empty.</summary>
    /// <remarks>A document whose tokenizing fails or is cancelled never gets here: its storage is left to the collector.</remarks>
    public Segment[] ToArrayAndReturn()
    {
        var items = _items;
        var segments = items.AsSpan(0, Count).ToArray();
        (_items, Count) = ([], 0);
        Pool.Return(items);
        return segments;
    }

    private void Grow()
    {
        var grown = Pool.Rent(Math.Max(16, _items.Length * 2));
        _items.AsSpan().CopyTo(grown);
        Pool.Return(_items);
        _items = grown;
    }
}
