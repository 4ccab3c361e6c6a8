using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Pipeline;

/// <summary>
/// Asking for some kinds runs only the annotators they need (<see cref="IAnnotator.NeededFor"/>); what comes back must be
/// exactly what asking for all four and keeping those kinds gives, ids and links included.
/// </summary>
public class KindSelectionTests
{
    private static readonly DateOnly Reference = new(2025, 4, 30);

    private static readonly string[] Sentences =
    [
        "“We will not back down,” Senator {0} said on Tuesday.",
        "{0} told reporters that the vote may come next week.",
        "According to officials, some 4,000 people were reportedly evacuated in March.",
        "“It is probably too late,” she added. “Nobody wants this.”",
        "Sources said the plan would cost $4 billion by 2027.",
        "The agency, which {0} has led since 2019, said it could raise fees every Monday.",
        "He said the so-called “reform” might fail, as it did two years ago.",
        "“The deal,” {0} said, “is done,” adding that talks begin May 9.",
        "One official, who declined to be named, said about 300 troops may have crossed last night.",
        "{0} on Climate: The Trend Is ‘Terrifying’",
        "The report, released on April 26, 2024, appears to show that prices rose in the first quarter.",
        "“Maybe,” he said. It was believed that the talks could resume the same day.",
        "Critics argued it was allegedly paid for at 10:30 p.m. on Friday.",
        "{0} said: “We expect as many as 50 arrests this summer.”",
        "The ceasefire began about two weeks ago and may last until roughly mid-June.",
        "{0} has lived there for nearly two years, perhaps more.",
    ];

    private static readonly string[] Names = ["Maria Lopez", "John Park", "Anna Petrova", "the minister", "Mr. Smith"];

    public static TheoryData<int> EverySelection => [.. Enumerable.Range(1, (int)AnnotationKinds.All)];

    [Theory]
    [MemberData(nameof(EverySelection))]
    public void Asking_for_some_kinds_gives_what_all_four_give_for_them(int selection)
    {
        var kinds = (AnnotationKinds)selection;
        var random = new Random(20261128 + selection);
        for (var document = 0; document < 200; document++)
        {
            var text = Article(random);

            var all = AnnotationEngine.Default.Annotate(text, new AnnotateOptions(Reference));
            var some = AnnotationEngine.Default.Annotate(text, new AnnotateOptions(Reference, kinds));

            Assert.Equal(AnnotationLines.Of(all.Annotations.Where(a => (a.Kind & kinds) != 0)), AnnotationLines.Of(some.Annotations));
        }
    }

    [Fact]
    public void The_generated_articles_carry_every_kind()
    {
        var random = new Random(20261128);
        var result = AnnotationEngine.Default.Annotate(string.Join("\n\n", Enumerable.Range(0, 20).Select(_ => Article(random))), new AnnotateOptions(Reference));

        Assert.All(new[] { AnnotationKinds.Quote, AnnotationKinds.Attribution, AnnotationKinds.Date, AnnotationKinds.Hedge }, kind =>
            Assert.Contains(result.Annotations, a => a.Kind == kind));
        Assert.Contains(result.Annotations, a => a is QuoteAnnotation { Style: QuoteStyle.Indirect });
        Assert.Contains(result.Annotations, a => a is HedgeAnnotation { Quote: not null });
    }

    [Theory]
    [InlineData(AnnotationKinds.Date, "dates")]
    [InlineData(AnnotationKinds.Quote, "quotes,attribution")]
    [InlineData(AnnotationKinds.Attribution, "quotes,attribution")]
    [InlineData(AnnotationKinds.Quote | AnnotationKinds.Date, "dates,quotes,attribution")]
    [InlineData(AnnotationKinds.Hedge, "dates,quotes,attribution,hedges")]
    [InlineData(AnnotationKinds.All, "dates,quotes,attribution,hedges")]
    public void Only_the_annotators_the_kinds_need_run(AnnotationKinds kinds, string expected)
    {
        var ran = new List<string>();
        var engine = new AnnotationEngine([.. AnnotationEngine.Default.Annotators.Select(annotator => new Recorded(annotator, ran))]);

        engine.Annotate("“Yes,” she said on Monday, reportedly.", new AnnotateOptions(Reference, kinds));

        Assert.Equal(expected, string.Join(",", ran));
    }

    [Fact]
    public void An_annotator_that_does_not_say_what_needs_it_runs_whatever_is_asked_for()
    {
        var ran = new List<string>();
        var engine = new AnnotationEngine([.. AnnotationEngine.Default.Annotators, new Unsaid(ran)]);

        engine.Annotate("It rained on Monday.", new AnnotateOptions(Reference, AnnotationKinds.Date));

        Assert.Equal(["unsaid"], ran);
    }

    private static string Article(Random random)
    {
        var paragraphs = Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
            string.Join(" ", Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
                string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentences[random.Next(Sentences.Length)], Names[random.Next(Names.Length)]))));
        return string.Join("\n\n", paragraphs);
    }

    private sealed class Recorded(IAnnotator annotator, List<string> ran) : IAnnotator
    {
        public string Name => annotator.Name;

        public AnnotationKinds NeededFor => annotator.NeededFor;

        public void Annotate(AnnotationContext context)
        {
            ran.Add(Name);
            annotator.Annotate(context);
        }
    }

    private sealed class Unsaid(List<string> ran) : IAnnotator
    {
        public string Name => "unsaid";

        public void Annotate(AnnotationContext context) => ran.Add(Name);
    }
}
