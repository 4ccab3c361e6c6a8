using AnnotationSdk.V1;

namespace AnnotationSdk.Testing.Internal;

/// <summary>An annotation with its span converted to UTF-16 positions of the document text, clamped into it.</summary>
internal sealed record LocatedAnnotation(Annotation Annotation, int Start, int End, bool SpanInRange)
{
    public int Length => End - Start;

    /// <summary>
    /// Locates every annotation and sorts them by start, longer first, then kind and id: an order that depends only
    /// on the annotations, not on the order the engine happened to emit them in.
    /// </summary>
    public static List<LocatedAnnotation> LocateAll(SpanLocator locator, IEnumerable<Annotation> annotations)
    {
        return annotations
            .Select(annotation =>
            {
                var (start, end, inRange) = locator.Locate(annotation.Span);
                return new LocatedAnnotation(annotation, start, end, inRange);
            })
            .OrderBy(a => a.Start)
            .ThenByDescending(a => a.End)
            .ThenBy(a => a.Annotation.Kind)
            .ThenBy(a => a.Annotation.Id, StringComparer.Ordinal)
            .ToList();
    }
}
