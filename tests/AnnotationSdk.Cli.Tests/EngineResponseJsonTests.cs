using System.Text;
using AnnotationSdk.Cli.Output;
using AnnotationSdk.Server.Documents;
using AnnotationSdk.Snapshots.Tests;
using AnnotationSdk.Tests.Shared;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Tests;

/// <summary>
/// `annotate --jsonl` on the embedded engine writes each answer straight from the engine's result; it must be, byte
/// for byte, the answer the server maps and the writer of contract messages writes, in every unit and for every
/// choice of kinds and reference date.
/// </summary>
public class EngineResponseJsonTests
{
    private static readonly DocumentAnnotator Annotator = new(new AnnotationServerOptions { MaxTextBytes = long.MaxValue });

    public static TheoryData<string> Fixtures => FixtureArticle.All;

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_article_is_written_as_its_mapped_response_is(string name)
    {
        var article = FixtureArticle.Load(name);

        AssertWrittenAsMapped(new Document { Id = article.Name, Text = article.Text, ReferenceDate = article.ReferenceDate });
        foreach (var referenceDate in RequestVariants.ReferenceDates)
        {
            AssertWrittenAsMapped(new Document { Id = article.Name, Text = article.Text, ReferenceDate = referenceDate });
        }
    }

    [Fact]
    public void The_sample_articles_and_adversarial_texts_are_written_as_their_mapped_responses_are()
    {
        // Run in one test, not as theory data, which could reach the test re-encoded.
        var texts = new[] { SampleResponses.Article, AnnotateCommandTests.Article }.Concat(RequestVariants.Adversarial).Concat(ResponseJsonTests.Texts.Where(t => t.Length > 0));
        foreach (var text in texts)
        {
            AssertWrittenAsMapped(new Document { Id = text, Text = text, ReferenceDate = "2025-03-06" });
        }
    }

    [Fact]
    public void An_unpaired_surrogate_in_an_annotation_fails_as_in_the_mapped_response()
    {
        // Built in code: a theory's data would reach the test with the lone halves already replaced.
        foreach (var lone in new[] { '\ud83d', '\ude80' })
        {
            var document = new Document { Id = "lone", Text = "Ines Varga said: “We may " + lone + " need them.” on Tuesday", ReferenceDate = "2025-03-06" };
            var (request, result) = Annotator.AnnotateUnmapped(document, [], OffsetUnit.Utf8Byte, CancellationToken.None);

            Assert.Contains(result.Annotations, a => ResponseMapper.Covered(result.Text, a).Contains(lone));
            Assert.Throws<ArgumentException>(() => ResponseJson.Format(ResponseMapper.Map(request, result)).Dispose());
            Assert.Throws<ArgumentException>(() => ResponseJson.Format(request, result).Dispose());
        }
    }

    private static void AssertWrittenAsMapped(Document document)
    {
        foreach (var unit in RequestVariants.Units)
        {
            foreach (var kinds in RequestVariants.KindSets)
            {
                var (request, result) = Annotator.AnnotateUnmapped(document, kinds, unit, CancellationToken.None);
                using var mapped = ResponseJson.Format(ResponseMapper.Map(request, result));
                using var direct = ResponseJson.Format(request, result);

                // Compared as text, so that a failure shows where the two part.
                Assert.Equal(Encoding.UTF8.GetString(mapped.Written.Span), Encoding.UTF8.GetString(direct.Written.Span));
            }
        }
    }
}
