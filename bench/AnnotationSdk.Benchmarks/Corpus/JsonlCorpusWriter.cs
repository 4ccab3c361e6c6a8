using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AnnotationSdk.Benchmarks.Corpus;

/// <summary>
/// Writes the benchmark corpus as `annotate --jsonl` input ({"id","text","referenceDate"} a line), cycling
/// through the documents until the text reaches the size asked for; ids stay unique across cycles.
/// </summary>
internal static class JsonlCorpusWriter
{
    private const string ReferenceDate = "2025-04-30";

    public static int Run(string[] args)
    {
        if (args.Length != 2 || !double.TryParse(args[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var megabytes) || megabytes <= 0)
        {
            Console.Error.WriteLine("usage: AnnotationSdk.Benchmarks jsonl OUT.jsonl MEGABYTES [--corpus PATH]");
            return 2;
        }

        var target = (long)(megabytes * 1_000_000);
        var corpus = BenchInputs.Corpus;
        long textBytes = 0;
        var count = 0;
        // Text stays readable UTF-8 (only what JSON requires is escaped), as a producer of news JSONL would write it.
        var jsonOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var output = File.Create(args[0]))
        using (var json = new Utf8JsonWriter(output, jsonOptions))
        {
            for (; textBytes < target; count++)
            {
                var text = corpus[count % corpus.Count];
                json.Reset();
                json.WriteStartObject();
                json.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"doc-{count}"));
                json.WriteString("text", text);
                json.WriteString("referenceDate", ReferenceDate);
                json.WriteEndObject();
                json.Flush();
                output.WriteByte((byte)'\n');
                textBytes += Encoding.UTF8.GetByteCount(text);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]}: {count} documents, {textBytes / 1e6:0.00} MB of text"));
        return 0;
    }
}
