using AnnotationSdk.Benchmarks.Corpus;
using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Pipeline;
using BenchmarkDotNet.Attributes;

namespace AnnotationSdk.Benchmarks;

/// <summary>Time against input size: MB/s should stay flat from 0.1 to 10 MB in one document.</summary>
public class DocumentSizeScalingBenchmarks
{
    private static readonly AnnotateOptions Options = new(new DateOnly(2025, 4, 30));
    private string _document = string.Empty;

    [Params(0.1, 1.0, 10.0)]
    public double SizeMb { get; set; }

    [GlobalSetup]
    public void Setup() => _document = BenchInputs.SingleDocument(SizeMb);

    [Benchmark]
    public int OneDocument() => AnnotationEngine.Default.Annotate(_document, Options).Annotations.Count;
}

/// <summary>Time against the number of documents: MB/s should stay flat from 1k to 100k short articles.</summary>
public class DocumentCountScalingBenchmarks
{
    private static readonly AnnotateOptions Options = new(new DateOnly(2025, 4, 30));
    private IReadOnlyList<string> _documents = [];

    [Params(1_000, 10_000, 100_000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup() => _documents = BenchInputs.ShortDocuments(Documents);

    [Benchmark]
    public int ManyDocuments()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            found += AnnotationEngine.Default.Annotate(document, Options).Annotations.Count;
        }

        return found;
    }
}
