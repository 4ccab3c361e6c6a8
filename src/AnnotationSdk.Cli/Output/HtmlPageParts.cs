namespace AnnotationSdk.Cli.Output;

/// <summary>The fixed parts of the HTML page: style, legend and script. Colours keep dark text on light fills (WCAG AA), and every kind also differs by its underline, not by colour alone.</summary>
internal static class HtmlPageParts
{
    public const string Style = """
        :root { color-scheme: light; }
        body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fafafa; }
        header { padding: 12px 24px; background: #fff; border-bottom: 1px solid #ddd; }
        h1 { font-size: 20px; margin: 0 0 4px; }
        .meta { margin: 0 0 8px; color: #555; font-size: 14px; }
        .legend { display: flex; flex-wrap: wrap; gap: 12px; margin: 0; padding: 0; list-style: none; font-size: 14px; }
        .layout { display: flex; gap: 24px; padding: 16px 24px; align-items: flex-start; }
        main { flex: 3; white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 16px 20px; border: 1px solid #ddd; border-radius: 6px; }
        aside { flex: 2; font-size: 14px; position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; }
        aside h2 { font-size: 15px; margin: 12px 0 4px; }
        aside ol { margin: 0; padding-left: 20px; }
        aside li { margin: 2px 0; }
        a { color: #0b57d0; }
        .hl { border-radius: 3px; padding: 0 1px; cursor: help; }
        .quote { background: #e3f2e5; border-bottom: 2px solid #2e7d32; }
        .quote.scare { background: #f1e6f5; border-bottom: 2px dashed #7b1fa2; }
        .quote.indirect { background: #eef4ee; border-bottom: 2px dotted #2e7d32; }
        .quote[data-attribution] { cursor: pointer; }
        .speaker { background: #dcebfb; border-bottom: 2px solid #1558b0; font-weight: 600; }
        .cue { border-bottom: 2px dotted #1558b0; font-style: italic; }
        .date { background: #fde9d4; border-bottom: 2px solid #b34700; }
        .hedge { background: #fff5c2; text-decoration: underline wavy #8a6d00; text-underline-offset: 3px; }
        .lit, :target { outline: 2px solid #0b57d0; outline-offset: 1px; }
        .swatch { padding: 0 6px; }
        .excerpt { font-style: italic; }
        """;

    public const string Legend = """
        <ul class="legend">
        <li><span class="swatch hl quote">quote</span></li>
        <li><span class="swatch hl quote scare">scare quote</span></li>
        <li><span class="swatch hl speaker">speaker</span></li>
        <li><span class="swatch hl cue">cue</span></li>
        <li><span class="swatch hl date">date</span></li>
        <li><span class="swatch hl hedge">hedge</span></li>
        <li>Hover a highlight for details; click a quote to jump to its speaker.</li>
        </ul>
        """;

    // Marks the page loaded (data-ready) or failed (data-error), which the headless browser test reads from the DOM.
    public const string Script = """
        (function () {
          window.addEventListener('error', function (e) { document.body.dataset.error = String(e.message); });
          try {
            var article = document.getElementById('article');
            var fragments = function (id) { return article.querySelectorAll('[data-id="' + CSS.escape(id) + '"]'); };
            article.querySelectorAll('.hl').forEach(function (el) {
              el.addEventListener('mouseenter', function () { fragments(el.dataset.id).forEach(function (f) { f.classList.add('lit'); }); });
              el.addEventListener('mouseleave', function () { fragments(el.dataset.id).forEach(function (f) { f.classList.remove('lit'); }); });
            });
            article.querySelectorAll('.quote[data-attribution]').forEach(function (q) {
              q.addEventListener('click', function () { location.hash = 'ann-' + q.dataset.attribution; });
            });
            document.body.dataset.highlights = String(article.querySelectorAll('.hl:not(.cont)').length);
            document.body.dataset.ready = 'true';
          } catch (e) {
            document.body.dataset.error = String(e);
          }
        })();
        """;
}
