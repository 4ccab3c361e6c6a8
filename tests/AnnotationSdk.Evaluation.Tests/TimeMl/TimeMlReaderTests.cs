using AnnotationSdk.Evaluation.TimeMl;

namespace AnnotationSdk.Evaluation.Tests.TimeMl;

public class TimeMlReaderTests
{
    // An invented document in the TempEval-3 layout.
    private const string Document = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>TEST-1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-15" temporalFunction="false" functionInDocument="CREATION_TIME">20010315</TIMEX3></DCT>
        <TEXT>
        The ferry <EVENT eid="e1" class="OCCURRENCE">sank</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-03-14" temporalFunction="true" anchorTimeID="t0">yesterday</TIMEX3> &amp; crews searched for <TIMEX3 tid="t2" value="P2D" type="DURATION" mod="MORE_THAN">more than two days</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Strips_tags_and_decodes_entities_keeping_offsets_in_the_plain_text()
    {
        var document = TimeMlReader.Read("test.tml", Document);
        Assert.Contains("sank yesterday & crews", document.Text, StringComparison.Ordinal);
        Assert.Equal(2, document.Timexes.Count);
        var yesterday = document.Timexes[0];
        Assert.Equal("yesterday", document.Text[yesterday.Span.Start..yesterday.Span.End]);
        Assert.Equal(("DATE", "2001-03-14", ""), (yesterday.Type, yesterday.Value, yesterday.Mod));
        var duration = document.Timexes[1];
        Assert.Equal("more than two days", document.Text[duration.Span.Start..duration.Span.End]);
        Assert.Equal(("DURATION", "P2D", "MORE_THAN"), (duration.Type, duration.Value, duration.Mod));
    }

    [Fact]
    public void The_creation_time_is_the_reference_date_and_is_not_scored()
    {
        var document = TimeMlReader.Read("test.tml", Document);
        Assert.Equal(new DateOnly(2001, 3, 15), document.CreationDate);
        Assert.DoesNotContain(document.Timexes, t => t.Value == "2001-03-15");
        Assert.DoesNotContain("20010315", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_a_creation_time_is_rejected() =>
        Assert.Throws<FormatException>(() => TimeMlReader.Read("bad.tml", "<TimeML><TEXT>No date here.</TEXT></TimeML>"));

    [Fact]
    public void A_stray_ampersand_is_kept_as_text()
    {
        var document = TimeMlReader.Read("test.tml", Document.Replace("&amp;", "& ", StringComparison.Ordinal));
        Assert.Contains("yesterday &  crews", document.Text, StringComparison.Ordinal);
    }
}
