using System.Text.RegularExpressions;
using AnnotationSdk.Cli.Output;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Tests;

public partial class HtmlWriterTests
{
    private static string Page(OffsetUnit unit = OffsetUnit.CodePoint)
    {
        using var writer = new StringWriter();
        HtmlWriter.Write(writer, "harbor<1>.txt", SampleResponses.Article, SampleResponses.Annotated(unit));
        return writer.ToString();
    }

    [Fact]
    public void Every_annotation_is_highlighted_with_its_details_on_hover()
    {
        var page = Page();

        Assert.Contains("<span id=\"ann-q1\" class=\"hl quote direct\" data-id=\"q1\" data-kind=\"quote\" title=\"Quote (direct), said by Ines Varga\" data-attribution=\"a1\">“We ", page, StringComparison.Ordinal);
        Assert.Contains("class=\"hl speaker person\" data-id=\"a1\" data-kind=\"attribution\" title=\"Speaker: Ines Varga (person), cue “said”\">councillor Ines Varga</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span id=\"cue-a1\" class=\"hl cue\"", page, StringComparison.Ordinal);
        Assert.Contains("title=\"Date: 2025-03-04 (date)\">March 4</span>", page, StringComparison.Ordinal);
        Assert.Contains("title=\"Date: 2026 (date, from “March 4”)\">A year later</span>", page, StringComparison.Ordinal);
        Assert.Contains("title=\"Hedge: approximator, the speaker’s (in quote q1)\">some 200</span>", page, StringComparison.Ordinal);
        Assert.Contains("title=\"Hedge: reported\">reportedly</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_side_list_links_each_quote_to_its_speaker_and_back()
    {
        var page = Page();

        Assert.Contains("<li><a href=\"#ann-q1\">q1</a> <span class=\"excerpt\">“We may need some 200 new berths 🚢.”</span> direct — said by <a href=\"#ann-a1\">Ines Varga</a></li>", page, StringComparison.Ordinal);
        Assert.Contains("cue <a href=\"#cue-a1\">said</a>, quotes <a href=\"#ann-q1\">q1</a> <a href=\"#ann-q2\">q2</a>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Dates (2)</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Hedges (4)</h2>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_and_names_are_escaped()
    {
        var page = Page();

        Assert.Contains("<title>harbor&lt;1&gt;.txt — annotations</title>", page, StringComparison.Ordinal);
        Assert.Contains("Harbor council, &lt;Tuesday&gt; &amp; more\n\nOn ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<Tuesday>", page, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', page);
    }

    [Fact]
    public void The_page_needs_nothing_from_outside()
    {
        var page = Page();

        Assert.DoesNotMatch(ExternalReference(), page);
        Assert.Contains("default-src 'none'", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_highlights_still_nest_properly()
    {
        var page = Page();

        Assert.Equal(Regex.Count(page, "<span[ >]"), Regex.Count(page, "</span>"));
        Assert.Single(Regex.Matches(page, "id=\"ann-h4\""));
        Assert.Contains("class=\"hl cont hedge shield\"", page, StringComparison.Ordinal);
        AssertWellNested(page);
    }

    [Theory]
    [InlineData(OffsetUnit.Utf16CodeUnit)]
    [InlineData(OffsetUnit.Utf8Byte)]
    public void The_same_characters_are_highlighted_whatever_the_offset_unit(OffsetUnit unit) =>
        Assert.Equal(Page(OffsetUnit.CodePoint), Page(unit));

    [Fact]
    public void Bad_spans_and_unpaired_surrogates_do_not_break_the_page()
    {
        const string text = "Broken \uD800 text";
        var response = new AnnotateResponse { OffsetUnit = OffsetUnit.CodePoint };
        response.Annotations.Add(new Annotation { Id = "h1", Kind = AnnotationKind.Hedge, Span = new Span { Start = 5, End = 999 }, Hedge = new HedgeDetail() });
        response.Annotations.Add(new Annotation { Id = "h2", Kind = AnnotationKind.Hedge, Span = new Span { Start = -3, End = 2 }, Hedge = new HedgeDetail() });
        using var writer = new StringWriter();

        HtmlWriter.Write(writer, "broken", text, response);

        Assert.Contains("\uFFFD", writer.ToString(), StringComparison.Ordinal);
        AssertWellNested(writer.ToString());
    }

    private static void AssertWellNested(string page)
    {
        var main = page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];
        var depth = 0;
        foreach (Match tag in Regex.Matches(main, "</?span"))
        {
            depth += tag.Value == "<span" ? 1 : -1;
            Assert.True(depth >= 0, "a span closed before it opened");
        }

        Assert.Equal(0, depth);
    }

    [GeneratedRegex(@"(?i)(https?:|src=|@import|url\()")]
    private static partial Regex ExternalReference();
}
