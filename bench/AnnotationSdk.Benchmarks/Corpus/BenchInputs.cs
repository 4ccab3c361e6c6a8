using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace AnnotationSdk.Benchmarks.Corpus;

/// <summary>
/// The texts the benchmarks run on, built once per process and shared with the MB/s column: the files under
/// the path in <see cref="PathVariable"/> (a folder of .txt files, or one file), else a generated news corpus.
/// </summary>
public static class BenchInputs
{
    /// <summary>Environment variable naming the real news text to measure on, e.g. the PolNeAR train texts.</summary>
    public const string PathVariable = "ANNOTATION_BENCH_CORPUS";

    private static readonly Lazy<IReadOnlyList<string>> LazyCorpus = new(LoadCorpus);
    private static readonly ConcurrentDictionary<double, string> SingleDocuments = new();
    private static readonly ConcurrentDictionary<int, IReadOnlyList<string>> ShortDocumentSets = new();

    public static IReadOnlyList<string> Corpus => LazyCorpus.Value;

    /// <summary>Where <see cref="Corpus"/> comes from, for the run's header.</summary>
    public static string CorpusSource =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "generated news corpus (own templates)";

    /// <summary>One document of about <paramref name="megabytes"/> MB of UTF-8: corpus documents joined as paragraphs.</summary>
    public static string SingleDocument(double megabytes) => SingleDocuments.GetOrAdd(megabytes, static mb =>
    {
        var target = (long)(mb * 1_000_000);
        var builder = new StringBuilder((int)Math.Min(int.MaxValue / 2, target + 4096));
        long bytes = 0;
        for (var i = 0; bytes < target; i++)
        {
            var document = Corpus[i % Corpus.Count];
            builder.Append(document).Append("\n\n");
            bytes += Encoding.UTF8.GetByteCount(document) + 2;
        }

        return builder.ToString();
    });

    /// <summary><paramref name="count"/> short articles (about 1 KB each), for scaling with the number of documents.</summary>
    public static IReadOnlyList<string> ShortDocuments(int count) =>
        ShortDocumentSets.GetOrAdd(count, static n => NewsGenerator.Generate(n, seed: 1, minParagraphs: 2, maxParagraphs: 4));

    public static long Utf8Bytes(IEnumerable<string> documents) => documents.Sum(document => (long)Encoding.UTF8.GetByteCount(document));

    public static string Describe(IReadOnlyList<string> documents) => string.Create(CultureInfo.InvariantCulture,
        $"{documents.Count} documents, {Utf8Bytes(documents) / 1e6:0.00} MB of UTF-8");

    private static List<string> LoadCorpus()
    {
        var path = Environment.GetEnvironmentVariable(PathVariable);
        if (string.IsNullOrEmpty(path))
        {
            return NewsGenerator.Generate(documentCount: 2000, seed: 8);
        }

        if (File.Exists(path))
        {
            return [File.ReadAllText(path)];
        }

        var files = Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"{PathVariable}={path}: no .txt files there.");
        }

        return files.ConvertAll(File.ReadAllText);
    }
}
