using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Text;

public class SegmentBufferTests
{
    [Fact]
    public void Hands_out_exactly_the_segments_added_past_the_room_expected_and_starts_empty_again()
    {
        using var pool = new PerThreadArrayPool<Segment>(1 << 10);
        var buffer = new SegmentBuffer(expected: 1, pool);
        var added = Enumerable.Range(0, 40).Select(i => new Segment(i, new TextSpan(i, i + 1), i, i + 1)).ToArray();
        foreach (var segment in added)
        {
            buffer.Add(segment);
        }

        Assert.Equal(added, buffer.ToArrayAndReturn());
        Assert.Equal(0, buffer.Count);

        var next = new SegmentBuffer(expected: 100, pool);
        next.Add(added[3]);
        Assert.Equal([added[3]], next.ToArrayAndReturn());
    }
}
