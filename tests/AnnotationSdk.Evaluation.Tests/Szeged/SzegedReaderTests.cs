using AnnotationSdk.Evaluation.Szeged;

namespace AnnotationSdk.Evaluation.Tests.Szeged;

public class SzegedReaderTests
{
    private static List<SzegedDocument> Read(string xml) => SzegedReader.Read(new StringReader(xml)).ToList();

    [Fact]
    public void Rebuilds_running_text_with_sentences_joined_and_parts_separated()
    {
        var documents = Read(SzegedFixtures.TwoDocuments);

        Assert.Equal(["doc-a", "doc-b"], documents.Select(d => d.Id));
        var first = documents[0];
        Assert.Equal("Harbour plans\n\nThe ferry may stop, if fuel runs out. The port opened in 1901.", first.Text);
        Assert.Equal(
            ["Harbour plans", "The ferry may stop, if fuel runs out.", "The port opened in 1901."],
            first.Sentences.Select(s => first.Text[s.Start..s.End]));
        Assert.Equal("Divers are expected to find the wreck & its bell.", documents[1].Text);
    }

    [Fact]
    public void Cue_spans_point_at_the_cue_text_with_their_role()
    {
        var document = Read(SzegedFixtures.TwoDocuments)[0];

        Assert.Equal(
            [("may", CueRole.Gold), ("if", CueRole.Neutral)],
            document.Cues.Select(c => (document.Text[c.Span.Start..c.Span.End], c.Role)));
    }

    [Theory]
    [InlineData("speculation_modal_probable_", CueRole.Gold)]
    [InlineData("speculation_modal_possible_", CueRole.Gold)]
    [InlineData("speculation_hypo_doxastic _", CueRole.Gold)]
    [InlineData("speculation_hypo_condition _", CueRole.Neutral)]
    [InlineData("speculation_hypo_investigation _", CueRole.Neutral)]
    [InlineData("weasel", null)]
    public void Cue_types_map_to_the_roles_of_the_issue(string type, CueRole? role)
    {
        Assert.Equal(role, SzegedReader.RoleOf(type));
    }
}
