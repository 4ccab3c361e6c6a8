using AnnotationSdk.Engine;

namespace AnnotationSdk.Evaluation.Tests.Szeged;

public class SzegedEvaluatorTests
{
    [Fact]
    public void Scores_each_file_and_all_files_with_the_engine()
    {
        var first = SzegedFixtures.WriteTemp(SzegedFixtures.TwoDocuments);
        var second = SzegedFixtures.WriteTemp(SzegedFixtures.TwoDocuments);
        try
        {
            var report = Evaluators.Find("szeged")!.Evaluate([first, second], AnnotationEngine.Default, CancellationToken.None);

            Assert.Equal(4, report.Documents);
            // The engine finds "may" and "expected" and leaves "if" (neutral) alone.
            Assert.Equal(1.0, report[Path.GetFileName(first) + " cue F1"], 6);
            Assert.Equal(1.0, report[Path.GetFileName(second) + " sentence F1"], 6);
            Assert.Equal(1.0, report["all cue F1"], 6);
            Assert.Empty(report.Errors);
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }
}
