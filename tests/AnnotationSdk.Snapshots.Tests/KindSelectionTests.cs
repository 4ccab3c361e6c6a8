using AnnotationSdk.Server.Documents;
using AnnotationSdk.V1;

namespace AnnotationSdk.Snapshots.Tests;

/// <summary>
/// A request's kinds run only the annotators they need: on every fixture article, and for every choice of kinds, the
/// answer is the all-kinds answer with only those kinds kept, ids and links included.
/// </summary>
public class KindSelectionTests
{
    private static readonly DocumentAnnotator Annotator = new();

    private static readonly AnnotationKind[] Kinds =
        [AnnotationKind.Quote, AnnotationKind.Attribution, AnnotationKind.Date, AnnotationKind.Hedge];

    [Theory]
    [MemberData(nameof(FixtureArticle.All), MemberType = typeof(FixtureArticle))]
    public void Every_choice_of_kinds_gives_the_all_kinds_answer_for_them(string name)
    {
        var article = FixtureArticle.Load(name);
        var all = Annotate(article, []);
        Assert.NotEmpty(all.Annotations);

        for (var selection = 1; selection < 1 << Kinds.Length; selection++)
        {
            var chosen = Kinds.Where((_, bit) => (selection & (1 << bit)) != 0).ToArray();
            var expected = all.Clone();
            expected.Annotations.Clear();
            expected.Annotations.Add(all.Annotations.Where(annotation => chosen.Contains(annotation.Kind)));

            Assert.Equal(expected, Annotate(article, chosen));
        }
    }

    private static AnnotateResponse Annotate(FixtureArticle article, AnnotationKind[] kinds)
    {
        var request = new AnnotateRequest { Document = new Document { Id = article.Name, Text = article.Text, ReferenceDate = article.ReferenceDate } };
        request.Kinds.Add(kinds);
        return Annotator.Annotate(request, CancellationToken.None);
    }
}
