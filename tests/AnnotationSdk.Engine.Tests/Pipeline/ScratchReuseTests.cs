using AnnotationSdk.Engine.Attribution;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Pipeline;

/// <summary>
/// The engine reuses a document's scratch (annotation lists, attribution's table, pooled arrays) for the next document on
/// the same thread: nothing of one document may show in another's result, whatever happened to the one before.
/// </summary>
public class ScratchReuseTests
{
    private static readonly AnnotateOptions Options = new(new DateOnly(2025, 4, 30));

    private const string News =
        "“We will not back down,” Senator Maria Lopez said on Tuesday. She added that the vote may come next week.\n\n"
        + "Officials said the plan would cost $4 billion by 2027, according to a report released in March. "
        + "“It is probably too late,” one aide told reporters, who declined to be named.\n\n";

    private const string Other =
        "The mayor, John Park, said Monday that the city could raise taxes. “Nobody wants this,” he said. Critics argued it might fail.";

    [Fact]
    public void A_result_stays_the_same_after_later_documents_on_the_thread()
    {
        var result = AnnotationEngine.Default.Annotate(News, Options);
        var before = Render(result);

        AnnotationEngine.Default.Annotate(Other, Options);
        AnnotationEngine.Default.Annotate(string.Concat(Enumerable.Repeat(News, 20)), Options);

        Assert.Contains(result.Annotations, a => a is AttributionAnnotation { Quotes.Count: > 0 });
        Assert.Equal(before, Render(result));
    }

    [Fact]
    public void After_a_failed_or_a_cancelled_document_the_next_one_gets_what_a_fresh_thread_gives()
    {
        var expected = OnFreshThread(() => Render(AnnotationEngine.Default.Annotate(Other, Options)));
        var chain = AnnotationEngine.Default.Annotators;
        var failing = new AnnotationEngine([.. chain.Take(3), new Step(_ => throw new InvalidOperationException("failed mid-document"))]);
        using var cancellation = new CancellationTokenSource();
        var cancelled = new AnnotationEngine([.. chain.Take(3), new Step(_ => cancellation.Cancel()), chain[3]]);

        Assert.Throws<InvalidOperationException>(() => failing.Annotate(News, Options));
        Assert.Equal(expected, Render(AnnotationEngine.Default.Annotate(Other, Options)));
        Assert.ThrowsAny<OperationCanceledException>(() => cancelled.Annotate(News, Options, cancellation.Token));
        Assert.Equal(expected, Render(AnnotationEngine.Default.Annotate(Other, Options)));
    }

    [Fact]
    public void An_annotator_that_keeps_the_context_finds_no_annotations_once_the_document_is_done()
    {
        var kept = default(AnnotationContext);
        var engine = new AnnotationEngine([.. AnnotationEngine.Default.Annotators, new Step(context => kept = context)]);

        var result = engine.Annotate(News, Options);
        engine.Annotate(Other, Options);

        Assert.NotEmpty(result.Annotations);
        Assert.Empty(kept!.Dates);
        Assert.Empty(kept.Quotes);
        Assert.Empty(kept.Attributions);
        Assert.Empty(kept.Hedges);
    }

    [Fact]
    public void The_next_document_reuses_a_short_documents_lists_but_not_a_huge_ones()
    {
        var lists = new List<List<HedgeAnnotation>>();
        var count = 0;
        var engine = new AnnotationEngine([new Step(context =>
        {
            lists.Add(context.Hedges);
            for (var i = 0; i < count; i++)
            {
                context.Hedges.Add(new HedgeAnnotation(context.SpanOf(0, 1), HedgeCategory.Epistemic, "h"));
            }
        })]);

        count = 3;
        engine.Annotate(Other, Options);
        count = 0;
        engine.Annotate(Other, Options);
        count = 100_000;
        engine.Annotate(Other, Options);
        count = 0;
        engine.Annotate(Other, Options);

        Assert.Same(lists[0], lists[1]);
        Assert.NotSame(lists[2], lists[3]);
        Assert.True(lists[3].Capacity < 100_000, $"capacity {lists[3].Capacity} kept after a huge document");
    }

    [Fact]
    public void Attributions_table_is_kept_after_a_short_document_but_not_after_one_with_very_many_attributions()
    {
        var attribution = new AnnotationEngine(AnnotationEngine.Default.Annotators.Take(3).ToList());

        attribution.Annotate(Other, Options);
        var afterShort = PerThread<Dictionary<int, PendingAttribution>>.Take();
        attribution.Annotate(string.Concat(Enumerable.Repeat("Smith said taxes would rise. ", 10_000)), Options);
        var afterHuge = PerThread<Dictionary<int, PendingAttribution>>.Take();

        Assert.Empty(afterShort);
        Assert.True(afterShort.EnsureCapacity(0) > 0, "the short document's table was not kept");
        Assert.Empty(afterHuge);
        Assert.True(afterHuge.EnsureCapacity(0) < 10_000, $"capacity {afterHuge.EnsureCapacity(0)} kept after 10,000 attributions");
    }

    private static List<string> Render(AnnotationResult result) => AnnotationLines.Of(result.Annotations);

    private static T OnFreshThread<T>(Func<T> work)
    {
        var result = default(T);
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result!;
    }

    private sealed class Step(Action<AnnotationContext> step) : IAnnotator
    {
        public string Name => "step";

        public void Annotate(AnnotationContext context) => step(context);
    }
}
