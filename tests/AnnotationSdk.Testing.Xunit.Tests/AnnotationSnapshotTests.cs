using AnnotationSdk.V1;

namespace AnnotationSdk.Testing.Xunit.Tests;

public class AnnotationSnapshotTests
{
    private const string Text = "“It may rain,” the forecaster said on Friday.\r\nNothing else.";

    private static AnnotateResponse Response()
    {
        var response = new AnnotateResponse { DocumentId = "weather", ReferenceDate = "2025-05-02", OffsetUnit = OffsetUnit.CodePoint };
        response.Annotations.Add(new Annotation
        {
            Id = "q1",
            Kind = AnnotationKind.Quote,
            Span = new Span { Start = 0, End = 14 },
            Text = Text[..14],
            Quote = new QuoteDetail { Style = QuoteStyle.Direct },
        });
        response.Annotations.Add(new Annotation
        {
            Id = "d1",
            Kind = AnnotationKind.Date,
            Span = new Span { Start = 38, End = 44 },
            Text = "Friday",
            Date = new DateDetail { Type = TemporalType.Date, Value = "2025-05-02" },
        });
        return response;
    }

    [Fact]
    public void Matches_the_committed_snapshot_named_after_the_test() =>
        AnnotationSnapshot.Match(Text, Response());

    [Fact]
    public void Matches_a_snapshot_shared_by_name() =>
        AnnotationSnapshot.MatchNamed(Text, Response(), "shared-weather");

    [Fact]
    public void A_changed_annotation_fails_the_match()
    {
        var changed = Response();
        changed.Annotations[1].Date.Value = "2025-05-09";
        AnnotationSnapshot.MatchNamed(Text, Response(), "shared-weather");

        Assert.ThrowsAny<Exception>(() => AnnotationSnapshot.MatchNamed(Text, changed, "shared-weather"));
    }

    [Fact]
    public void The_snapshot_file_holds_the_plain_rendering_with_lf_line_endings()
    {
        AnnotationSnapshot.MatchNamed(Text, Response(), "shared-weather");
        var file = File.ReadAllText(Path.Combine(SourceFolder(), "__snapshots__", "shared-weather.snap"));

        Assert.DoesNotContain('\r', file);
        Assert.Contains("⟦q1⟧“It may rain,”⟦/q1⟧", file, StringComparison.Ordinal);
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
