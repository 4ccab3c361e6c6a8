using System.Text;

namespace AnnotationSdk.Testing.Internal;

/// <summary>
/// The document text with ⟦id⟧ before and ⟦/id⟧ after each annotation (⟦id/⟧ for an empty span). Markers nest:
/// at one position, annotations that end close first (innermost first), then annotations that start open
/// (outermost first), so overlapping and nested spans both read unambiguously.
/// </summary>
internal static class MarkedText
{
    public static void Append(StringBuilder output, string text, IReadOnlyList<LocatedAnnotation> sorted)
    {
        // (position, phase, order, marker): phase 0 closes before phase 1 opens at the same position.
        var markers = new List<(int Position, int Phase, int Order, string Marker)>(sorted.Count * 2);
        for (var i = 0; i < sorted.Count; i++)
        {
            var annotation = sorted[i];
            var id = Escaping.Inline(annotation.Annotation.Id);
            if (annotation.Length == 0)
            {
                markers.Add((annotation.Start, 1, i, $"⟦{id}/⟧"));
                continue;
            }

            markers.Add((annotation.Start, 1, i, $"⟦{id}⟧"));
            markers.Add((annotation.End, 0, -i, $"⟦/{id}⟧"));
        }

        markers.Sort((a, b) => (a.Position, a.Phase, a.Order).CompareTo((b.Position, b.Phase, b.Order)));
        var written = 0;
        foreach (var (position, _, _, marker) in markers)
        {
            Escaping.AppendBody(output, text, written, position);
            output.Append(marker);
            written = position;
        }

        Escaping.AppendBody(output, text, written, text.Length);
        if (output.Length > 0 && output[^1] != '\n')
        {
            output.Append('\n');
        }
    }
}
