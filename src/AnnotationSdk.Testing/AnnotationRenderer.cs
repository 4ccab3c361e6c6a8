using System.Globalization;
using System.Text;
using AnnotationSdk.Testing.Internal;
using AnnotationSdk.V1;

namespace AnnotationSdk.Testing;

/// <summary>
/// Renders a document and its annotations as plain text a person can review in a diff: a header, the text with
/// inline markers (⟦q1⟧…⟦/q1⟧), then one line per annotation (id, kind, span, text, details, links) in a stable
/// order. The output depends only on its inputs (no culture, no clock, no machine), uses "\n" line endings
/// whatever the document used, and is printable UTF-8 (control characters and unpaired surrogates are escaped),
/// so a snapshot of it is the same on every run and machine. It depends on no snapshot library.
/// </summary>
public static class AnnotationRenderer
{
    /// <summary>Renders <paramref name="response"/> over the text it was computed from.</summary>
    /// <param name="text">The document text the request carried; spans are read in the response's offset unit.</param>
    public static string Render(string text, AnnotateResponse response)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(response);

        var locator = new SpanLocator(text, response.OffsetUnit);
        var located = LocatedAnnotation.LocateAll(locator, response.Annotations);
        var byId = located.GroupBy(a => a.Annotation.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var output = new StringBuilder(text.Length * 2);
        output.Append("document: ").Append(Escaping.Inline(response.DocumentId)).Append('\n');
        output.Append(CultureInfo.InvariantCulture, $"reference date: {response.ReferenceDate}{(response.ReferenceDateDefaulted ? " (defaulted to today)" : string.Empty)}\n");
        output.Append(CultureInfo.InvariantCulture, $"offsets: {Names.Of(response.OffsetUnit)}\n");
        output.Append(CultureInfo.InvariantCulture, $"annotations: {CountsByKind(located)}\n");
        output.Append("\n--- text\n");
        MarkedText.Append(output, text, located);
        output.Append("\n--- annotations\n");
        foreach (var annotation in located)
        {
            AnnotationLine.Append(output, annotation, byId, locator);
        }

        return output.ToString();
    }

    /// <summary>Renders <paramref name="response"/> over <paramref name="document"/>'s text.</summary>
    public static string Render(Document document, AnnotateResponse response)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Render(document.Text, response);
    }

    private static string CountsByKind(List<LocatedAnnotation> annotations)
    {
        if (annotations.Count == 0)
        {
            return "none";
        }

        return string.Join(", ", annotations
            .GroupBy(a => a.Annotation.Kind)
            .OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {Names.Of(g.Key)}")));
    }
}
