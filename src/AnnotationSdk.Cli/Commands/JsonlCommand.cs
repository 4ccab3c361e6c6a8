using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using AnnotationSdk.Cli.Backends;
using AnnotationSdk.V1;
using Google.Protobuf;
using Grpc.Core;

namespace AnnotationSdk.Cli.Commands;

/// <summary>
/// `annotate --jsonl IN|-`: one Document JSON per line in, one AnnotateResponse JSON per line out, in input order.
/// Lines stream through: memory holds a bounded window of documents, never the whole input. The first bad line
/// or refused document stops the run with its line number, after every answer before it has been written.
/// </summary>
public static class JsonlCommand
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public static async Task<int> RunAsync(CliOptions options, IAnnotationBackend backend, TextReader standardInput, TextWriter output, CancellationToken cancellationToken)
    {
        var path = options.JsonlInput!;
        using var reader = path == "-" ? null : OpenFile(path);
        var input = reader ?? standardInput;
        var lineNumbers = new Queue<int>();
        var requests = ReadRequests(input, options, lineNumbers, cancellationToken);
        var written = 0;
        await foreach (var answer in backend.AnnotateManyAsync(requests, cancellationToken).ConfigureAwait(false))
        {
            var line = lineNumbers.Dequeue();
            if (answer.Status.Code != (int)StatusCode.OK)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture,
                    $"{Name(path)} line {line}{(answer.DocumentId.Length > 0 ? $" (document '{answer.DocumentId}')" : string.Empty)}: {RpcErrors.Describe(answer.Status)}"));
            }

            await output.WriteLineAsync(JsonFormatter.Default.Format(answer.Response)).ConfigureAwait(false);
            if (++written % 64 == 0)
            {
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async IAsyncEnumerable<AnnotateStreamRequest> ReadRequests(
        TextReader input, CliOptions options, Queue<int> lineNumbers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Document document;
            try
            {
                document = Parser.Parse<Document>(line);
            }
            catch (InvalidProtocolBufferException error)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{Name(options.JsonlInput!)} line {lineNumber}: not a Document JSON ({error.Message})"));
            }
            catch (InvalidJsonException error)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{Name(options.JsonlInput!)} line {lineNumber}: not valid JSON ({error.Message})"));
            }

            if (document.ReferenceDate.Length == 0)
            {
                document.ReferenceDate = options.ReferenceDate;
            }

            lineNumbers.Enqueue(lineNumber);
            yield return new AnnotateStreamRequest { Document = document, OffsetUnit = options.OffsetUnit, Kinds = { options.Kinds } };
        }
    }

    private static StreamReader OpenFile(string path)
    {
        try
        {
            return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read it ({error.Message})");
        }
    }

    private static string Name(string path) => path == "-" ? "standard input" : path;
}
