using AnnotationSdk.Cli.Output;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Tests;

public class HtmlFormatTests
{
    [Fact]
    public async Task Format_html_writes_one_page_for_a_file()
    {
        var path = CliRunner.TempFile(SampleResponses.Article);

        var (exitCode, output, error) = await CliRunner.RunAsync(string.Empty, "--format", "html", "--reference-date", "2025-03-06", path);

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("&lt;Tuesday&gt;", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_html_takes_exactly_one_file()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(string.Empty, "--format", "html", "a.txt", "b.txt");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("exactly one FILE", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The page in a real browser: it loads, its script runs without error, the highlights are in the rendered DOM.
    /// A screenshot is kept beside the test binaries (artifacts/html-view/) for people to look at. Skipped where
    /// chromium is not installed, except in CI, where that is a failure.
    /// </summary>
    [SkippableFact]
    public async Task The_page_renders_in_headless_chromium_with_its_highlights()
    {
        var browser = HeadlessChromium.Find();
        if (browser is null)
        {
            Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")), "CI is set but chromium is not installed: apt-get install -y chromium");
            Skip.If(true, "chromium is not installed (apt-get install -y chromium)");
        }

        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "html-view")).FullName;
        var page = Path.Combine(folder, "harbor.html");
        var screenshot = Path.Combine(folder, "harbor.png");
        await using (var writer = new StreamWriter(page))
        {
            HtmlWriter.Write(writer, "harbor.txt", SampleResponses.Article, SampleResponses.Annotated(OffsetUnit.CodePoint));
        }

        File.Delete(screenshot);
        var dom = await HeadlessChromium.RunAsync(browser!, page, "--dump-dom");
        await HeadlessChromium.RunAsync(browser!, page, "--screenshot=" + screenshot, "--window-size=1280,900", "--hide-scrollbars");

        var body = dom[dom.IndexOf("<body", StringComparison.Ordinal)..];
        body = body[..(body.IndexOf('>', StringComparison.Ordinal) + 1)];
        Assert.Contains("data-ready=\"true\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("data-error", body, StringComparison.Ordinal);
        Assert.Contains("data-highlights=\"10\"", body, StringComparison.Ordinal);
        foreach (var highlight in (string[])["hl quote direct", "hl quote mixed", "hl speaker person", "hl cue", "hl date", "hl hedge epistemic", "hl hedge approximator", "hl hedge reported"])
        {
            Assert.Contains($"class=\"{highlight}\"", dom, StringComparison.Ordinal);
        }

        var png = await File.ReadAllBytesAsync(screenshot);
        Assert.True(png.Length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "the screenshot is a PNG");
    }
}
