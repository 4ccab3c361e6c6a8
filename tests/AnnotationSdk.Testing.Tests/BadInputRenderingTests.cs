using AnnotationSdk.V1;

namespace AnnotationSdk.Testing.Tests;

public class BadInputRenderingTests
{
    [Fact]
    public void A_hundred_thousand_quote_marks_with_an_annotation_each_render()
    {
        var text = new string('"', 100_000);
        var response = new AnnotateResponse { OffsetUnit = OffsetUnit.Utf16CodeUnit };
        for (var i = 0; i + 2 <= text.Length; i += 2)
        {
            response.Annotations.Add(new Annotation { Id = $"q{i}", Kind = AnnotationKind.Quote, Span = new Span { Start = i, End = i + 2 }, Text = "\"\"", Quote = new QuoteDetail() });
        }

        var rendered = AnnotationRenderer.Render(text, response);

        Assert.Contains("⟦q99998⟧\"\"⟦/q99998⟧", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_spans_and_details_and_duplicate_ids_render_with_flags()
    {
        var response = new AnnotateResponse();
        response.Annotations.Add(new Annotation { Id = "x" });
        response.Annotations.Add(new Annotation { Id = "x", Kind = AnnotationKind.Date, Span = new Span { Start = 3, End = 1 } });

        var rendered = AnnotationRenderer.Render("abc\0def", response);

        Assert.Contains("x unspecified no-span \"\" !no-detail conf=0.00 !span-out-of-range\nx date 3..1 \"\" !no-detail conf=0.00 !span-out-of-range\n", rendered, StringComparison.Ordinal);
        Assert.Contains("⟦x/⟧abc⟦x/⟧⟨U+0000⟩def", rendered, StringComparison.Ordinal);
    }
}
