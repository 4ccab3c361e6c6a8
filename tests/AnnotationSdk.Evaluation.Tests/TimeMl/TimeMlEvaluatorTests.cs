using AnnotationSdk.Engine;

namespace AnnotationSdk.Evaluation.Tests.TimeMl;

public sealed class TimeMlEvaluatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeml-test").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Scores_a_folder_against_each_document_creation_date()
    {
        File.WriteAllText(Path.Combine(_folder, "a.tml"), """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-15" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
            <TEXT>The ferry sank <TIMEX3 tid="t1" type="DATE" value="2001-03-14">yesterday</TIMEX3> near the coast.</TEXT></TimeML>
            """);

        var report = Evaluators.Find("timeml")!.Evaluate([_folder], AnnotationEngine.Default, CancellationToken.None);

        Assert.Equal(1, report.Documents);
        var name = Path.GetFileName(_folder);
        Assert.Equal(1.0, report[name + " strict span F1"], 6);
        Assert.Equal(1.0, report[name + " value F1"], 6);
    }
}
