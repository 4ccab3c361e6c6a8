using AnnotationSdk.Benchmarks.Corpus;
using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Pipeline;
using BenchmarkDotNet.Attributes;

namespace AnnotationSdk.Benchmarks;

/// <summary>The whole engine over the corpus, one thread, and its shared front end (tokenizer and segmenter) alone.</summary>
public class EngineBenchmarks
{
    private static readonly AnnotateOptions Options = new(new DateOnly(2025, 4, 30));
    private IReadOnlyList<string> _documents = [];

    [GlobalSetup]
    public void Setup() => _documents = BenchInputs.Corpus;

    /// <summary>All four kinds: context, the annotator chain, ids and ordering.</summary>
    [Benchmark(Baseline = true)]
    public int Engine()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            found += AnnotationEngine.Default.Annotate(document, Options).Annotations.Count;
        }

        return found;
    }

    /// <summary>Tokenizing and segmenting only: the cost every annotator shares.</summary>
    [Benchmark]
    public int Tokenize()
    {
        var tokens = 0;
        foreach (var document in _documents)
        {
            tokens += new AnnotationContext(document, Options.ReferenceDate).Tokens.Count;
        }

        return tokens;
    }
}
