using System.Text.RegularExpressions;
using AnnotationSdk.Cli.Output;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Tests;

public class HtmlBadInputTests
{
    [Fact]
    public void Thousands_of_nested_and_crossing_highlights_give_valid_markup()
    {
        var text = new string('x', 4_000);
        var response = new AnnotateResponse { OffsetUnit = OffsetUnit.Utf16CodeUnit };
        for (var i = 0; i < 1_000; i++)
        {
            // Each one starts one character later and ends three later than the previous: every pair crosses.
            response.Annotations.Add(new Annotation { Id = $"h{i}", Kind = AnnotationKind.Hedge, Span = new Span { Start = i, End = 1_000 + (3 * i) }, Hedge = new HedgeDetail() });
        }

        using var writer = new StringWriter();
        HtmlWriter.Write(writer, "crossing", text, response);
        var page = writer.ToString();

        Assert.Equal(Regex.Count(page, "<span[ >]"), Regex.Count(page, "</span>"));
        Assert.Equal(1_000, Regex.Count(page, "<span id=\"ann-h"));
    }

    [Fact]
    public void An_empty_document_gives_a_page()
    {
        using var writer = new StringWriter();

        HtmlWriter.Write(writer, string.Empty, string.Empty, new AnnotateResponse());

        Assert.Contains("<main id=\"article\"></main>", writer.ToString(), StringComparison.Ordinal);
    }
}
