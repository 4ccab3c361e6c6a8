using System.Collections.Concurrent;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Pipeline;

/// <summary><see cref="AnnotationEngine.Prepare"/> loads what the steps the kinds need read, and nothing else.</summary>
public class PrepareTests
{
    [Theory]
    [InlineData(AnnotationKinds.Date, "dates")]
    [InlineData(AnnotationKinds.Quote, "attribution,quotes")]
    [InlineData(AnnotationKinds.Hedge, "attribution,dates,hedges,quotes")]
    [InlineData(AnnotationKinds.All, "attribution,dates,hedges,quotes")]
    public void Only_the_steps_the_kinds_need_are_prepared(AnnotationKinds kinds, string expected)
    {
        var prepared = new ConcurrentBag<string>();
        var engine = new AnnotationEngine([.. AnnotationEngine.Default.Annotators.Select(annotator => new Recorded(annotator, prepared))]);

        engine.Prepare(kinds);

        Assert.Equal(expected, string.Join(",", prepared.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_step_with_nothing_to_load_is_prepared_by_doing_nothing()
    {
        var engine = new AnnotationEngine([.. AnnotationEngine.Default.Annotators, new NothingToLoad()]);

        engine.Prepare();
        var result = engine.Annotate("“Yes,” she said on Monday.", new AnnotateOptions(new DateOnly(2025, 4, 30)));

        Assert.Contains(result.Annotations, a => a.Kind == AnnotationKinds.Date);
    }

    [Fact]
    public void Preparing_from_several_threads_while_annotating_changes_no_answer()
    {
        const string text = "“We will not back down,” Senator Ana Berg said on Tuesday, adding that the vote may come next week.";
        var options = new AnnotateOptions(new DateOnly(2025, 4, 30));
        var expected = string.Join("\n", AnnotationLines.Of(AnnotationEngine.Default.Annotate(text, options).Annotations));

        var answers = new ConcurrentBag<string>();
        Parallel.For(0, 16, i =>
        {
            if (i % 2 == 0)
            {
                AnnotationEngine.Default.Prepare();
            }

            answers.Add(string.Join("\n", AnnotationLines.Of(AnnotationEngine.Default.Annotate(text, options).Annotations)));
        });

        Assert.All(answers, answer => Assert.Equal(expected, answer));
    }

    private sealed class Recorded(IAnnotator annotator, ConcurrentBag<string> prepared) : IAnnotator
    {
        public string Name => annotator.Name;

        public AnnotationKinds NeededFor => annotator.NeededFor;

        public void Prepare()
        {
            prepared.Add(Name);
            annotator.Prepare();
        }

        public void Annotate(AnnotationContext context) => annotator.Annotate(context);
    }

    private sealed class NothingToLoad : IAnnotator
    {
        public string Name => "nothing";

        public void Annotate(AnnotationContext context)
        {
        }
    }
}
