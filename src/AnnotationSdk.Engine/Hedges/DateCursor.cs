using System.Runtime.CompilerServices;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Hedges;

/// <summary>
/// Answers "is this token inside a date?" for tokens visited in text order, with a pointer that only moves forward,
/// so "May 9" found by the date annotator is never read as a modal.
/// </summary>
internal sealed class DateCursor
{
    private readonly TextSpan[] _spans;
    private int _next;
    private int _reach = -1;

    public DateCursor(List<DateAnnotation> dates)
    {
        _spans = new TextSpan[dates.Count];
        for (var i = 0; i < _spans.Length; i++)
        {
            _spans[i] = dates[i].Span;
        }

        // Only the furthest end of the dates started so far counts, so the order among equal starts does not matter.
        Array.Sort(_spans, static (a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Call with non-decreasing token starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Covers(int tokenStart)
    {
        // _reach is the furthest end of every date starting at or before the token, so overlapping dates are handled too.
        while (_next < _spans.Length && _spans[_next].Start <= tokenStart)
        {
            _reach = Math.Max(_reach, _spans[_next].End);
            _next++;
        }

        return tokenStart < _reach;
    }
}
