using System.Globalization;
using AnnotationSdk.V1;

namespace AnnotationSdk.Client;

/// <summary>Reads annotation spans against the document text, whatever unit the offsets are counted in.</summary>
public static class AnnotationExtensions
{
    /// <summary>The text an annotation covers, read from the document with the response's offset unit.</summary>
    /// <param name="annotation">An annotation of a response.</param>
    /// <param name="documentText">The text of the annotated document.</param>
    /// <param name="unit">The response's <see cref="AnnotateResponse.OffsetUnit"/>; UNSPECIFIED means code points.</param>
    /// <returns>The covered text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit the text.</exception>
    public static string GetText(this Annotation annotation, string documentText, OffsetUnit unit)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        ArgumentNullException.ThrowIfNull(documentText);
        return unit == OffsetUnit.Utf16CodeUnit
            ? Slice(documentText, annotation.Span, annotation.Span)
            : annotation.GetText(new OffsetMap(documentText), documentText, unit);
    }

    /// <summary>
    /// The text an annotation covers, using an <see cref="OffsetMap"/> built once for the document, which makes
    /// reading many annotations linear in the text instead of quadratic.
    /// </summary>
    /// <param name="annotation">An annotation of a response.</param>
    /// <param name="map">The offset map of <paramref name="documentText"/>.</param>
    /// <param name="documentText">The text of the annotated document.</param>
    /// <param name="unit">The response's offset unit; UNSPECIFIED means code points.</param>
    /// <returns>The covered text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit the text.</exception>
    public static string GetText(this Annotation annotation, OffsetMap map, string documentText, OffsetUnit unit)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(documentText);
        return Slice(documentText, annotation.Span, map.ToUtf16(annotation.Span ?? new Span(), unit));
    }

    /// <summary>Converts a span of <paramref name="map"/>'s text from one offset unit to another.</summary>
    /// <param name="map">The offset map of the text the span points into.</param>
    /// <param name="span">The span, counted in <paramref name="from"/>.</param>
    /// <param name="from">The unit <paramref name="span"/> is counted in; UNSPECIFIED means code points.</param>
    /// <param name="to">The unit to count in; UNSPECIFIED means code points.</param>
    /// <returns>A new span counted in <paramref name="to"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit the text.</exception>
    public static Span Convert(this OffsetMap map, Span span, OffsetUnit from, OffsetUnit to)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(span);
        var utf16 = map.ToUtf16(span, from);
        CheckFits(span, utf16, map.Utf16Length);
        return new Span { Start = map.FromUtf16(utf16.Start, to), End = map.FromUtf16(utf16.End, to) };
    }

    /// <summary>Converts a span to UTF-16 positions, the ones <see cref="string"/> indexes by.</summary>
    /// <param name="map">The offset map of the text the span points into.</param>
    /// <param name="span">The span, counted in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit <paramref name="span"/> is counted in; UNSPECIFIED means code points.</param>
    /// <returns>The UTF-16 start and end, so that <c>text[Start..End]</c> is the covered text.</returns>
    public static (int Start, int End) ToUtf16(this OffsetMap map, Span span, OffsetUnit unit)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(span);

        // Positions past the end would round down to the end and hide a wrong unit; keep them visible.
        var start = span.Start < 0 || span.Start > map.FromUtf16(map.Utf16Length, unit) ? -1 : map.ToUtf16(span.Start, unit);
        var end = span.End < 0 || span.End > map.FromUtf16(map.Utf16Length, unit) ? -1 : map.ToUtf16(span.End, unit);
        return (start, end);
    }

    private static string Slice(string text, Span? written, Span? utf16) =>
        Slice(text, written, utf16 is null ? (0, 0) : (utf16.Start, utf16.End));

    private static string Slice(string text, Span? written, (int Start, int End) utf16)
    {
        CheckFits(written, utf16, text.Length);
        return text[utf16.Start..utf16.End];
    }

    private static void CheckFits(Span? written, (int Start, int End) utf16, int length)
    {
        if (utf16.Start < 0 || utf16.End < utf16.Start || utf16.End > length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(written),
                string.Create(CultureInfo.InvariantCulture, $"Span [{written?.Start}, {written?.End}) does not fit a text of {length} UTF-16 code units; was it counted in another offset unit?"));
        }
    }
}
