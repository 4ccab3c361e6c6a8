using AnnotationSdk.V1;

namespace AnnotationSdk.Testing.Tests;

public class AnnotationRendererTests
{
    private const string Article = "In 2023, Mira Osei led the board. A year later, she said: “We may have lost some 200 members 😀.”\nOfficials reportedly disagreed.";

    private static ResponseBuilder Annotated(string text = Article, OffsetUnit unit = OffsetUnit.CodePoint) => new ResponseBuilder(text, unit)
        .Date("d1", "2023", "2023")
        .Date("d2", "A year later", "2024", anchorId: "d1")
        .Attribution("a1", "she", "said", "Mira Osei", SourceType.Person, "q1")
        .Quote("q1", "“We may have lost some 200 members 😀.”", QuoteStyle.Direct, "a1")
        .Hedge("h1", "may", HedgeCategory.Epistemic, "q1")
        .Hedge("h2", "some 200", HedgeCategory.Approximator, "q1")
        .Hedge("h3", "reportedly", HedgeCategory.Reported);

    [Fact]
    public void Renders_header_marked_text_and_one_line_per_annotation()
    {
        var rendered = AnnotationRenderer.Render(Article, Annotated().Response);

        Assert.Equal("""
            document: fixture
            reference date: 2025-04-30
            offsets: code-point
            annotations: 1 quote, 1 attribution, 2 date, 3 hedge

            --- text
            In ⟦d1⟧2023⟦/d1⟧, Mira Osei led the board. ⟦d2⟧A year later⟦/d2⟧, ⟦a1⟧she⟦/a1⟧ said: ⟦q1⟧“We ⟦h1⟧may⟦/h1⟧ have lost ⟦h2⟧some 200⟦/h2⟧ members 😀.”⟦/q1⟧
            Officials ⟦h3⟧reportedly⟦/h3⟧ disagreed.

            --- annotations
            d1 date 3..7 "2023" date value=2023 anchor=- conf=0.90 rule=date.test
            d2 date 34..46 "A year later" date value=2024 anchor=d1 conf=0.90 rule=date.test
            a1 attribution 48..51 "she" person speaker="Mira Osei" cue=52..56"said" quotes=q1 conf=0.90 rule=attribution.test
            q1 quote 58..96 "“We may have lost some 200 members 😀.”" direct attribution=a1 conf=0.90 rule=quote.test
            h1 hedge 62..65 "may" epistemic quote=q1 conf=0.90 rule=hedge.test
            h2 hedge 76..84 "some 200" approximator quote=q1 conf=0.90 rule=hedge.test
            h3 hedge 107..117 "reportedly" reported quote=- conf=0.90 rule=hedge.test

            """.Replace("\r\n", "\n", StringComparison.Ordinal), rendered);
    }

    [Fact]
    public void The_order_of_annotations_in_the_response_does_not_matter()
    {
        var response = Annotated().Response;
        var reversed = response.Clone();
        var annotations = reversed.Annotations.Reverse().ToList();
        reversed.Annotations.Clear();
        reversed.Annotations.Add(annotations);

        Assert.Equal(AnnotationRenderer.Render(Article, response), AnnotationRenderer.Render(Article, reversed));
    }

    [Theory]
    [InlineData(OffsetUnit.Utf16CodeUnit)]
    [InlineData(OffsetUnit.Utf8Byte)]
    public void Markers_land_on_the_same_characters_whatever_the_offset_unit(OffsetUnit unit)
    {
        static string TextSection(string rendered) => rendered[rendered.IndexOf("--- text", StringComparison.Ordinal)..rendered.IndexOf("--- annotations", StringComparison.Ordinal)];

        var inCodePoints = AnnotationRenderer.Render(Article, Annotated().Response);
        var inUnit = AnnotationRenderer.Render(Article, Annotated(unit: unit).Response);

        Assert.Equal(TextSection(inCodePoints), TextSection(inUnit));
        Assert.DoesNotContain("!", inUnit, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_text_renders_with_lf_lines_and_escaped_breaks_inside_annotation_text()
    {
        const string text = "“First line,\r\nsecond line,” she said.\r\nOn Monday.\rEnd";
        var response = new ResponseBuilder(text)
            .Quote("q1", "“First line,\r\nsecond line,”", QuoteStyle.Direct)
            .Date("d1", "Monday", "2025-04-28")
            .Response;

        var rendered = AnnotationRenderer.Render(text, response);

        Assert.DoesNotContain('\r', rendered);
        Assert.Contains("⟦q1⟧“First line,\nsecond line,”⟦/q1⟧ she said.\nOn ⟦d1⟧Monday⟦/d1⟧.\nEnd\n", rendered, StringComparison.Ordinal);
        Assert.Contains("q1 quote 0..27 \"“First line,\\r\\nsecond line,”\" direct", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_between_cr_and_lf_does_not_add_a_line()
    {
        const string text = "One.\r\nTwo.";
        var response = new ResponseBuilder(text).Response;
        response.Annotations.Add(new Annotation { Id = "x1", Kind = AnnotationKind.Hedge, Span = new Span { Start = 5, End = 9 }, Text = "\nTwo", Hedge = new HedgeDetail() });

        Assert.Contains("One.⟦x1⟧\nTwo⟦/x1⟧.\n", AnnotationRenderer.Render(text, response), StringComparison.Ordinal);
    }

    [Fact]
    public void Invisible_characters_and_unpaired_surrogates_are_escaped()
    {
        const string text = "a\u0001b\u202Ec\uD800d 👍🏽 e\u200Df";

        var rendered = AnnotationRenderer.Render(text, new ResponseBuilder(text).Response);

        Assert.Contains("a⟨U+0001⟩b⟨U+202E⟩c⟨U+D800⟩d 👍🏽 e\u200Df\n", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_overlapping_and_empty_spans_get_unambiguous_markers()
    {
        const string text = "abcdefgh";
        var response = new ResponseBuilder(text).Response;
        void Add(string id, int start, int end) => response.Annotations.Add(new Annotation
        {
            Id = id,
            Kind = AnnotationKind.Hedge,
            Span = new Span { Start = start, End = end },
            Text = text[start..end],
            Hedge = new HedgeDetail(),
        });
        Add("h1", 0, 4);
        Add("h2", 2, 6);
        Add("h3", 2, 4);
        Add("h4", 6, 6);

        Assert.Contains("⟦h1⟧ab⟦h2⟧⟦h3⟧cd⟦/h3⟧⟦/h1⟧ef⟦/h2⟧⟦h4/⟧gh\n", AnnotationRenderer.Render(text, response), StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_spans_texts_and_links_are_flagged_not_thrown()
    {
        const string text = "He said so on Monday.";
        var builder = new ResponseBuilder(text)
            .Quote("q1", "so", QuoteStyle.Indirect, attributionId: "a1")
            .Attribution("a1", "He", "said", string.Empty, SourceType.Person)
            .Date("d1", "Monday", "2025-04-28", anchorId: "d9")
            .Hedge("h2", "He", HedgeCategory.Reported, quoteId: "q1");
        builder.Response.Annotations.Add(new Annotation { Id = "h1", Kind = AnnotationKind.Hedge, Span = new Span { Start = 15, End = 99 }, Text = "x", Hedge = new HedgeDetail() });
        builder.Response.Annotations.First(a => a.Id == "d1").Text = "Tuesday";

        var rendered = AnnotationRenderer.Render(text, builder.Response);

        Assert.Contains("attribution=a1(!no-backlink)", rendered, StringComparison.Ordinal);
        Assert.Contains("anchor=d9(!missing)", rendered, StringComparison.Ordinal);
        Assert.Contains("quote=q1(!not-inside)", rendered, StringComparison.Ordinal);
        Assert.Contains("!text-differs-from-span \"Monday\"", rendered, StringComparison.Ordinal);
        Assert.Contains("h1 hedge 15..99 \"x\" unspecified quote=- conf=0.00 !span-out-of-range", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_document_renders()
    {
        var rendered = AnnotationRenderer.Render(string.Empty, new AnnotateResponse { DocumentId = "empty", ReferenceDate = "2025-04-30" });

        Assert.Contains("annotations: none\n\n--- text\n\n--- annotations\n", rendered, StringComparison.Ordinal);
    }
}
