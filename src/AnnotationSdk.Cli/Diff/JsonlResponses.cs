using System.Globalization;
using System.Text;
using AnnotationSdk.V1;
using Google.Protobuf;

namespace AnnotationSdk.Cli.Diff;

/// <summary>Reads the output of `annotate --jsonl` (one AnnotateResponse JSON per line), keyed for alignment.</summary>
internal static class JsonlResponses
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    /// <summary>
    /// Responses in file order, each keyed by its document id, or by its position ("#3") when it has none; a repeated
    /// id gets "#2", "#3"… appended so every document stays comparable.
    /// </summary>
    public static List<Keyed<AnnotateResponse>> Read(string path, CancellationToken cancellationToken) =>
        Read(path, Parser.Parse<AnnotateResponse>, cancellationToken);

    /// <summary>The input documents (`annotate --jsonl`'s input), keyed the same way, for context words.</summary>
    public static Dictionary<string, string> ReadTexts(string path, CancellationToken cancellationToken) =>
        Read(path, Parser.Parse<Document>, cancellationToken)
            .GroupBy(d => d.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value.Text, StringComparer.Ordinal);

    private static List<Keyed<T>> Read<T>(string path, Func<string, T> parse, CancellationToken cancellationToken)
        where T : IMessage
    {
        var result = new List<Keyed<T>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        var position = 0;
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            while (reader.ReadLine() is { } line)
            {
                cancellationToken.ThrowIfCancellationRequested();
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                T message;
                try
                {
                    message = parse(line);
                }
                catch (Exception error) when (error is InvalidProtocolBufferException or InvalidJsonException)
                {
                    throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{path} line {lineNumber}: not valid {typeof(T).Name} JSON ({error.Message})"));
                }

                position++;
                var id = message switch
                {
                    AnnotateResponse response => response.DocumentId,
                    Document document => document.Id,
                    _ => string.Empty,
                };
                var key = id.Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"#{position}") : id;
                var count = seen[key] = seen.GetValueOrDefault(key) + 1;
                result.Add(new Keyed<T>(count == 1 ? key : string.Create(CultureInfo.InvariantCulture, $"{key}#{count}"), message));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read it ({error.Message})");
        }

        return result;
    }
}
