using System.Text.Json;
using AnnotationSdk.V1;
using Google.Protobuf;

namespace AnnotationSdk.Cli.Tests;

public class DiffCommandTests
{
    private const string Text = "On Monday the mayor said: “We may close some 12 stations.” Critics disagreed last week.";

    private static Annotation Make(string id, AnnotationKind kind, string covered, Action<Annotation> detail)
    {
        var start = Text.IndexOf(covered, StringComparison.Ordinal);
        var annotation = new Annotation { Id = id, Kind = kind, Span = new Span { Start = start, End = start + covered.Length }, Text = covered, Confidence = 0.8f, Rule = "test" };
        detail(annotation);
        return annotation;
    }

    private static Annotation Quote(string id, string covered, QuoteStyle style, string attributionId) =>
        Make(id, AnnotationKind.Quote, covered, a => a.Quote = new QuoteDetail { Style = style, AttributionId = attributionId });

    private static Annotation Attribution(string id, string quoteId) =>
        Make(id, AnnotationKind.Attribution, "the mayor", a => a.Attribution = new AttributionDetail { Speaker = "the mayor", SourceType = SourceType.Person, QuoteIds = { quoteId } });

    private static Annotation Date(string id, string covered, string value) =>
        Make(id, AnnotationKind.Date, covered, a => a.Date = new DateDetail { Type = TemporalType.Date, Value = value });

    private static Annotation Hedge(string id, string covered, HedgeCategory category) =>
        Make(id, AnnotationKind.Hedge, covered, a => a.Hedge = new HedgeDetail { Category = category });

    private static AnnotateResponse Response(string id, params Annotation[] annotations) =>
        new() { DocumentId = id, OffsetUnit = OffsetUnit.Utf16CodeUnit, ReferenceDate = "2025-04-30", Annotations = { annotations } };

    private static AnnotateResponse OldRun(string id = "doc-1") => Response(id,
        Date("d1", "Monday", "2025-04-28"),
        Attribution("a1", "q1"),
        Quote("q1", "“We may close some 12 stations.”", QuoteStyle.Direct, "a1"),
        Hedge("h1", "may", HedgeCategory.Epistemic),
        Date("d2", "last week", "2025-W17"));

    // A rule change: a new date before everything renumbers the ids, the quote loses its closing mark, the
    // approximator is found, and "last week" is no longer a date.
    private static AnnotateResponse NewRun(string id = "doc-1") => Response(id,
        Date("d1", "On Monday", "2025-04-28"),
        Attribution("a1", "q1"),
        Quote("q1", "“We may close some 12 stations.", QuoteStyle.Mixed, "a1"),
        Hedge("h1", "may", HedgeCategory.Epistemic),
        Hedge("h2", "some 12", HedgeCategory.Approximator));

    private static string Jsonl(params AnnotateResponse[] responses) =>
        CliRunner.TempFile(string.Join('\n', responses.Select(r => JsonFormatter.Default.Format(r))) + "\n", ".jsonl");

    [Fact]
    public async Task Identical_runs_exit_zero_and_say_so()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(string.Empty, "diff", Jsonl(OldRun()), Jsonl(OldRun()));

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("no changes.", output, StringComparison.Ordinal);
        Assert.Contains("1 compared, 0 changed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_added_removed_and_changed_annotations_with_a_count_per_kind()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "diff", Jsonl(OldRun()), Jsonl(NewRun()));

        Assert.Equal(ExitCodes.Changed, exitCode);
        var lines = output.Split('\n');
        Assert.Contains("== doc-1: 1 added, 1 removed, 2 changed", lines);
        Assert.Contains(lines, l => l.StartsWith("  - date ", StringComparison.Ordinal) && l.Contains("[last week]", StringComparison.Ordinal) && l.Contains("value=2025-W17", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  + hedge ", StringComparison.Ordinal) && l.Contains("[some 12]", StringComparison.Ordinal) && l.Contains("category=approximator", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  ~ quote ", StringComparison.Ordinal) && l.Contains("style: \"direct\" → \"mixed\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  ~ date ", StringComparison.Ordinal) && l.Contains("text: \"Monday\" → \"On Monday\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  quote ", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, "0", "0", "1"]);
        Assert.Contains(lines, l => l.StartsWith("  date ", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, "0", "1", "1"]);
        Assert.Contains(lines, l => l.StartsWith("  hedge ", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, "1", "0", "0"]);
        Assert.DoesNotContain(lines, l => l.StartsWith("  ~ attribution", StringComparison.Ordinal) || l.StartsWith("  ~ hedge", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Renumbered_ids_alone_are_not_a_change()
    {
        var renumbered = OldRun();
        foreach (var annotation in renumbered.Annotations)
        {
            annotation.Id = "x" + annotation.Id;
        }

        renumbered.Annotations.Single(a => a.Kind == AnnotationKind.Quote).Quote.AttributionId = "xa1";
        renumbered.Annotations.Single(a => a.Kind == AnnotationKind.Attribution).Attribution.QuoteIds[0] = "xq1";

        var (exitCode, _, _) = await CliRunner.RunAsync(string.Empty, "diff", Jsonl(OldRun()), Jsonl(renumbered));

        Assert.Equal(ExitCodes.Success, exitCode);
    }

    [Fact]
    public async Task A_link_to_a_different_annotation_is_a_change()
    {
        var relinked = OldRun();
        relinked.Annotations.Single(a => a.Kind == AnnotationKind.Quote).Quote.AttributionId = string.Empty;

        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "diff", Jsonl(OldRun()), Jsonl(relinked));

        Assert.Equal(ExitCodes.Changed, exitCode);
        Assert.Contains("attribution: \"attribution 10..19\" → (none)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_align_by_id_whatever_their_order_and_report_the_ones_on_one_side()
    {
        var oldFile = Jsonl(OldRun("a"), OldRun("b"), OldRun("gone"));
        var newFile = Jsonl(OldRun("new"), NewRun("b"), OldRun("a"));

        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "diff", oldFile, newFile);

        Assert.Equal(ExitCodes.Changed, exitCode);
        Assert.Contains("== new: only in NEW", output, StringComparison.Ordinal);
        Assert.Contains("== gone: only in OLD", output, StringComparison.Ordinal);
        Assert.Contains("== b: 1 added", output, StringComparison.Ordinal);
        Assert.DoesNotContain("== a:", output, StringComparison.Ordinal);
        Assert.Contains("4 compared, 1 changed, 1 only in OLD, 1 only in NEW", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_without_ids_align_by_line_order()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "diff", Jsonl(OldRun(string.Empty), OldRun(string.Empty)), Jsonl(OldRun(string.Empty), NewRun(string.Empty)));

        Assert.Equal(ExitCodes.Changed, exitCode);
        Assert.Contains("== #2: 1 added", output, StringComparison.Ordinal);
        Assert.DoesNotContain("== #1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_input_documents_a_change_shows_its_surrounding_words()
    {
        var documents = Jsonl().Replace(".jsonl", ".docs.jsonl", StringComparison.Ordinal);
        await File.WriteAllTextAsync(documents, JsonFormatter.Default.Format(new Document { Id = "doc-1", Text = Text }) + "\n");

        var (_, output, _) = await CliRunner.RunAsync(string.Empty, "diff", Jsonl(OldRun()), Jsonl(NewRun()), "--documents", documents);

        Assert.Contains("…said: “We may close [some 12] stations.” Critics disagreed last…", output, StringComparison.Ordinal);
        Assert.Contains("…12 stations.” Critics disagreed [last week].", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_format_is_one_object_with_documents_and_summary()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "diff", "--format", "json", Jsonl(OldRun(), OldRun("same")), Jsonl(NewRun(), OldRun("same")));

        Assert.Equal(ExitCodes.Changed, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("changed").GetBoolean());
        var document = Assert.Single(root.GetProperty("documents").EnumerateArray());
        Assert.Equal("doc-1", document.GetProperty("documentId").GetString());
        var added = Assert.Single(document.GetProperty("added").EnumerateArray());
        Assert.Equal("ANNOTATION_KIND_HEDGE", added.GetProperty("annotation").GetProperty("kind").GetString());
        Assert.Equal(2, document.GetProperty("changed").GetArrayLength());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("date").GetProperty("removed").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Json_format_without_changes_is_still_valid()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "diff", "--format", "json", Jsonl(OldRun()), Jsonl(OldRun()));

        Assert.Equal(ExitCodes.Success, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("changed").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task A_bad_line_is_bad_input_with_its_line_number()
    {
        var broken = CliRunner.TempFile(JsonFormatter.Default.Format(OldRun()) + "\n{oops\n", ".jsonl");

        var (exitCode, _, error) = await CliRunner.RunAsync(string.Empty, "diff", Jsonl(OldRun()), broken);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("line 2: not valid AnnotateResponse JSON", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff", "only-one.jsonl")]
    [InlineData("diff", "a.jsonl", "b.jsonl", "--format", "html")]
    public async Task Diff_needs_exactly_two_runs(params string[] args)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(string.Empty, args);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("diff compares two --jsonl outputs", error, StringComparison.Ordinal);
    }
}
