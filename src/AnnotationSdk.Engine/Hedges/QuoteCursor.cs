using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Hedges;

/// <summary>
/// Finds the quote a span sits in, for spans visited in text order, with a pointer that only moves forward.
/// Prefers the innermost quote (the last one opened), else the one reaching furthest (an outer quote around it).
/// </summary>
internal sealed class QuoteCursor(List<QuoteAnnotation> quotes)
{
    // The quote annotator finds quotes in text order, so the stable sort is nearly always a copy.
    private readonly QuoteAnnotation[] _quotes = IsInOrder(quotes)
        ? quotes.ToArray()
        : quotes.OrderBy(q => q.Span.Start).ThenByDescending(q => q.Span.End).ToArray();
    private int _next;
    private QuoteAnnotation? _lastOpened;
    private QuoteAnnotation? _widest;

    /// <summary>Call with non-decreasing span starts.</summary>
    public QuoteAnnotation? Containing(TextSpan span)
    {
        while (_next < _quotes.Length && _quotes[_next].Span.Start <= span.Start)
        {
            _lastOpened = _quotes[_next];
            if (_widest is null || _lastOpened.Span.End > _widest.Span.End)
            {
                _widest = _lastOpened;
            }

            _next++;
        }

        if (_lastOpened is not null && _lastOpened.Span.Contains(span))
        {
            return _lastOpened;
        }

        return _widest is not null && _widest.Span.Contains(span) ? _widest : null;
    }

    /// <summary>By start, and the longer first at the same start.</summary>
    private static bool IsInOrder(List<QuoteAnnotation> quotes)
    {
        for (var i = 1; i < quotes.Count; i++)
        {
            var previous = quotes[i - 1].Span;
            var current = quotes[i].Span;
            if (current.Start < previous.Start || (current.Start == previous.Start && current.End > previous.End))
            {
                return false;
            }
        }

        return true;
    }
}
