using AnnotationSdk.Benchmarks.Corpus;
using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Pipeline;
using BenchmarkDotNet.Attributes;

namespace AnnotationSdk.Benchmarks;

/// <summary>
/// One annotator at a time over the corpus. Each reads what the annotators before it in the chain found, so
/// the setup runs those on fresh contexts before every iteration and only the named annotator is timed, once per
/// iteration (a second run over the same contexts would see its own annotations).
/// </summary>
[InvocationCount(1)]
public class AnnotatorBenchmarks
{
    private static readonly DateOnly ReferenceDate = new(2025, 4, 30);
    private AnnotationContext[] _contexts = [];
    private IAnnotator _annotator = null!;

    public static IEnumerable<string> AnnotatorNames => AnnotationEngine.Default.Annotators.Select(annotator => annotator.Name);

    [ParamsSource(nameof(AnnotatorNames))]
    public string Annotator { get; set; } = string.Empty;

    [IterationSetup]
    public void PrepareContexts()
    {
        var chain = AnnotationEngine.Default.Annotators;
        var position = chain.Select(annotator => annotator.Name).ToList().IndexOf(Annotator);
        _annotator = chain[position];
        _contexts = BenchInputs.Corpus.Select(document =>
        {
            var context = new AnnotationContext(document, ReferenceDate);
            for (var i = 0; i < position; i++)
            {
                chain[i].Annotate(context);
            }

            return context;
        }).ToArray();
    }

    [Benchmark]
    public void Annotate()
    {
        foreach (var context in _contexts)
        {
            _annotator.Annotate(context);
        }
    }
}
