using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Hedges;

/// <summary>
/// Answers "is this token inside a date?" for tokens visited in text order, with a pointer that only moves forward,
/// so "May 9" found by the date annotator is never read as a modal.
/// </summary>
internal sealed class DateCursor(IEnumerable<DateAnnotation> dates)
{
    private readonly TextSpan[] _spans = dates.Select(d => d.Span).OrderBy(s => s.Start).ToArray();
    private int _next;
    private int _reach = -1;

    /// <summary>Call with non-decreasing token starts.</summary>
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
