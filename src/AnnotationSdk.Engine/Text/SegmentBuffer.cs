using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Text;

/// <summary>
/// The sentences or paragraphs of the document being tokenized, gathered in pooled storage and handed out as an array of
/// exactly their number: sized from the text's length, a list's storage was about twice what news needs, and was garbage
/// once copied out (together about 0.4 MB per MB of text).
/// </summary>
/// <param name="pool">Where the storage comes from: <see cref="Sentences"/> or <see cref="Paragraphs"/>, each keeping one
/// array per thread, as a document needs both at once.</param>
internal struct SegmentBuffer(int expected, PerThreadArrayPool<Segment> pool)
{
    // Room for the segments of a document of about 1 MB is kept for the thread's next one; a longer document's goes to the collector.
    public static readonly PerThreadArrayPool<Segment> Sentences = new(1 << 14);

    public static readonly PerThreadArrayPool<Segment> Paragraphs = new(1 << 13);

    private Segment[] _items = pool.Rent(expected);

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
        pool.Return(items);
        return segments;
    }

    private void Grow()
    {
        var grown = pool.Rent(Math.Max(16, _items.Length * 2));
        _items.AsSpan().CopyTo(grown);
        pool.Return(_items);
        _items = grown;
    }
}
