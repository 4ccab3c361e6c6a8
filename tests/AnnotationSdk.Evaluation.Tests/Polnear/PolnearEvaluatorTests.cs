using AnnotationSdk.Engine;
using AnnotationSdk.Evaluation.Polnear;

namespace AnnotationSdk.Evaluation.Tests.Polnear;

/// <summary>The evaluator on a tiny brat split written here (our own sentences), in a temp folder.</summary>
public sealed class PolnearEvaluatorTests : IDisposable
{
    private const string Text = "“The pier is safe,” the harbour master said. The town called it “a relief.” The so-called “Pier Party” met.";

    private readonly string _split = Directory.CreateTempSubdirectory("polnear-test").FullName;

    public PolnearEvaluatorTests()
    {
        Directory.CreateDirectory(Path.Combine(_split, "text"));
        Directory.CreateDirectory(Path.Combine(_split, "attributions"));
        File.WriteAllText(Path.Combine(_split, "text", "doc_2020-01-01_pier.txt"), Text);
        var pier = Text.IndexOf("“The pier", StringComparison.Ordinal);
        var master = Text.IndexOf("the harbour master", StringComparison.Ordinal);
        var said = Text.IndexOf("said", StringComparison.Ordinal);
        var relief = Text.IndexOf("it “a relief.”", StringComparison.Ordinal);
        var town = Text.IndexOf("The town", StringComparison.Ordinal);
        var called = Text.IndexOf("called", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(_split, "attributions", "doc_2020-01-01_pier_ab12.ann"),
        [
            $"T1\tContent {pier} {pier + 19}\t“The pier is safe,”",
            $"T2\tSource {master} {master + 18}\tthe harbour master",
            $"T3\tCue {said} {said + 4}\tsaid",
            $"T4\tAttribution {said} {said + 4}\tsaid",
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
            $"T5\tSource {town} {town + 8}\tThe town",
            $"T6\tCue {called} {called + 6}\tcalled",
            $"T7\tContent {relief} {relief + 14}\tit “a relief.”",
            "E2\tAttribution:T4 Content:T7 Cue:T6 Source:T5",
        ]);
    }

    [Fact]
    public void Scores_quotes_speakers_and_cues_against_the_gold()
    {
        var report = new PolnearEvaluator().Evaluate([_split], AnnotationEngine.Default, CancellationToken.None);
        Assert.Equal(1, report.Documents);
        Assert.Equal(1.0, report["quote R"], 3);
        Assert.Equal(1.0, report["quote P"], 3);
        Assert.Equal(1.0, report["speaker accuracy"], 3);
        Assert.Equal(1.0, report["attribution cue R"], 3);
    }

    [Fact]
    public void Scores_reported_speech_without_quote_marks_and_its_speaker()
    {
        const string text = "The harbour master said the pier would reopen in May. “It is safe,” she added.";
        var split = Directory.CreateTempSubdirectory("polnear-indirect").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(split, "text"));
            Directory.CreateDirectory(Path.Combine(split, "attributions"));
            File.WriteAllText(Path.Combine(split, "text", "doc_2020-01-01_ferry.txt"), text);
            var content = text.IndexOf("the pier", StringComparison.Ordinal);
            var quoted = text.IndexOf("“It", StringComparison.Ordinal);
            File.WriteAllLines(Path.Combine(split, "attributions", "doc_2020-01-01_ferry_ab12.ann"),
            [
                $"T1\tContent {content} {content + 28}\tthe pier would reopen in May",
                "T2\tSource 0 18\tThe harbour master",
                "T3\tCue 19 23\tsaid",
                "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
                $"T4\tContent {quoted} {quoted + 13}\t“It is safe,”",
                "E2\tAttribution:T3 Content:T4 Source:T2",
            ]);

            var report = new PolnearEvaluator().Evaluate([split], AnnotationEngine.Default, CancellationToken.None);

            // The quoted content is no reported speech without marks: one gold span, matched.
            Assert.Equal(1.0, report["indirect quote R"], 3);
            Assert.Equal(1.0, report["indirect quote P"], 3);
            Assert.Equal(1.0, report["indirect speaker accuracy"], 3);
        }
        finally
        {
            Directory.Delete(split, recursive: true);
        }
    }

    [Fact]
    public void Gold_runs_skip_the_mark_that_reopens_a_multi_paragraph_quote()
    {
        const string text = "\"First part.\n\n\"Second part.\" Then prose.";
        var run = Assert.Single(GoldQuoteRuns.Runs(text));
        Assert.Equal(text.IndexOf("Second part.\"", StringComparison.Ordinal) + "Second part.\"".Length, run.End);
    }

    [Fact]
    public void Brat_offsets_in_code_points_become_utf16_offsets()
    {
        const string text = "😀 “Hi,” he said.";
        using var reader = new StringReader("T1\tCue 11 15\tsaid");
        var document = BratDocument.Parse(text, reader);
        var cue = document.Spans["T1"].Cover;
        Assert.Equal("said", text[cue.Start..cue.End]);
    }

    public void Dispose() => Directory.Delete(_split, recursive: true);
}
