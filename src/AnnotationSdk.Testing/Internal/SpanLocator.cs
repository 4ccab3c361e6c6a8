using AnnotationSdk.V1;

namespace AnnotationSdk.Testing.Internal;

/// <summary>Turns contract spans (in the response's offset unit) into UTF-16 positions of the text.</summary>
internal sealed class SpanLocator(string text, OffsetUnit unit)
{
    private readonly OffsetMap _offsets = new(text);
    private readonly int _length = OffsetMap.LengthIn(text, unit);

    /// <summary>UTF-16 start and end, clamped into the text; <c>InRange</c> is false when the span was missing, reversed or outside it.</summary>
    public (int Start, int End, bool InRange) Locate(Span? span)
    {
        if (span is null)
        {
            return (0, 0, false);
        }

        var inRange = span.Start >= 0 && span.Start <= span.End && span.End <= _length;
        var start = _offsets.ToUtf16(Math.Clamp(span.Start, 0, _length), unit);
        var end = _offsets.ToUtf16(Math.Clamp(span.End, 0, _length), unit);
        return (start, Math.Max(start, end), inRange);
    }

    public string TextOf(int start, int end) => text[start..end];
}
