using System.Text;

namespace AnnotationSdk.LoadTest;

/// <summary>Articles of about one size: paragraphs of real news (a folder of .txt files) or generated news, joined until the size is reached.</summary>
internal static class Articles
{
    private const int MaxArticles = 2_000;

    public static IReadOnlyList<string> Load(string? corpus, int articleBytes)
    {
        var sources = corpus is null
            ? AnnotationSdk.Benchmarks.Corpus.NewsGenerator.Generate(documentCount: 4_000, seed: 5)
            : Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText);

        var articles = new List<string>();
        var builder = new StringBuilder();
        var bytes = 0;
        foreach (var paragraph in sources.SelectMany(text => text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            builder.Append(paragraph).Append("\n\n");
            bytes += Encoding.UTF8.GetByteCount(paragraph) + 2;
            if (bytes >= articleBytes)
            {
                articles.Add(builder.ToString());
                builder.Clear();
                bytes = 0;
                if (articles.Count == MaxArticles)
                {
                    break;
                }
            }
        }

        return articles.Count > 0 ? articles : throw new InvalidOperationException("No article could be built from the corpus.");
    }
}
