using AnnotationSdk.Server.Documents;
using AnnotationSdk.Testing.Xunit;
using AnnotationSdk.V1;

namespace AnnotationSdk.Snapshots.Tests;

/// <summary>Every fixture article through the embedded engine (the CLI's path), against its committed snapshot.</summary>
[Collection(SnapshotFiles.Name)]
public class EngineSnapshotTests
{
    private static readonly DocumentAnnotator Annotator = new();

    [Theory]
    [MemberData(nameof(FixtureArticle.All), MemberType = typeof(FixtureArticle))]
    public void Engine_output_matches_the_snapshot(string name)
    {
        var article = FixtureArticle.Load(name);
        var request = new AnnotateRequest { Document = new Document { Id = article.Name, Text = article.Text, ReferenceDate = article.ReferenceDate } };

        var response = Annotator.Annotate(request, CancellationToken.None);

        AnnotationSnapshot.MatchNamed(article.Text, response, article.Name);
    }
}
