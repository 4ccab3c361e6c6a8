using System.Globalization;
using System.Text;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Output;

/// <summary>
/// `annotate --format html FILE`: one self-contained page (inline CSS and script, no fonts, images or requests,
/// enforced by its Content-Security-Policy) with the article and its annotations highlighted, a legend, hover titles
/// (speaker, cue, date value, hedge category), and a side list linking each quote to its attribution.
/// Everything taken from the document or the response is HTML-escaped.
/// </summary>
public static class HtmlWriter
{
    public static void Write(TextWriter writer, string name, string text, AnnotateResponse response)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(response);
        var page = new AnnotatedPage(text, response);
        var html = new StringBuilder((text.Length * 3) + HtmlPageParts.Style.Length + HtmlPageParts.Script.Length + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(name)).Append(" — annotations</title>\n<style>").Append(HtmlPageParts.Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>").Append(HtmlText.Escape(name)).Append("</h1><p class=\"meta\">")
            .Append(CultureInfo.InvariantCulture, $"{response.Annotations.Count} annotations · reference date {HtmlText.Escape(response.ReferenceDate)}")
            .Append(response.ReferenceDateDefaulted ? " (today: the document gave none)" : string.Empty)
            .Append(response.SchemaVersion.Length > 0 ? " · schema " + HtmlText.Escape(response.SchemaVersion) : string.Empty)
            .Append("</p>\n").Append(HtmlPageParts.Legend).Append("</header>\n<div class=\"layout\">\n<main id=\"article\">");
        HighlightedText.Append(html, text, page.Highlights);
        html.Append("</main>\n<aside id=\"side\">\n");
        page.AppendSideList(html);
        html.Append("</aside>\n</div>\n<script>").Append(HtmlPageParts.Script).Append("</script>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }
}
