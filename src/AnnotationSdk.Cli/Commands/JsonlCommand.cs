using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using AnnotationSdk.Cli.Backends;
using AnnotationSdk.Cli.Input;
using AnnotationSdk.Cli.Output;
using AnnotationSdk.V1;
using Google.Protobuf;

namespace AnnotationSdk.Cli.Commands;

/// <summary>
/// `annotate --jsonl IN|-`: one Document JSON per line in, one AnnotateResponse JSON per line out, in input order.
/// Lines stream through: memory holds a bounded window of documents, never the whole input. The first bad line
/// or refused document stops the run with its line number, after every answer before it has been written.
/// </summary>
public static class JsonlCommand
{
    /// <summary>Answers being turned into JSON at once, after the backend's own window of documents in flight.</summary>
    internal static readonly int FormatWindow = Environment.ProcessorCount;

    /// <summary>Documents read and parsed ahead of the flow that hands them to the backend and writes the answers.</summary>
    internal const int ReadAheadWindow = 16;

    public static async Task<int> RunAsync(CliOptions options, IAnnotationBackend backend, TextReader standardInput, TextWriter output, CancellationToken cancellationToken)
    {
        var path = options.JsonlInput!;
        using var reader = path == "-" ? null : OpenFile(path);
        var input = reader ?? standardInput;
        var lineNumbers = new ConcurrentQueue<int>();
        var requests = ReadAhead.Of(ReadRequests(input, options, lineNumbers, cancellationToken), ReadAheadWindow, cancellationToken);
        var written = 0;
        var lines = await JsonLinesOutput.OpenAsync(output, cancellationToken).ConfigureAwait(false);

        // Each answer is turned into JSON on the thread pool as it arrives (a long answer's JSON is several times
        // the size of its text), a bounded window ahead of the writer, which still writes and fails in input order.
        var formatting = new Queue<Task<(StreamAnswer Answer, Utf8Buffer? Json)>>(FormatWindow);
        async Task WriteNextAsync()
        {
            var (answer, json) = await formatting.Dequeue().ConfigureAwait(false);
            // Each line number is queued before its request leaves the reading flow, so it is there before the answer.
            if (!lineNumbers.TryDequeue(out var line))
            {
                throw new InvalidOperationException("An answer came back for a document that was never read.");
            }

            if (json is null)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture,
                    $"{Name(path)} line {line}{(answer.DocumentId.Length > 0 ? $" (document '{answer.DocumentId}')" : string.Empty)}: {RpcErrors.Describe(answer.Status)}"));
            }

            using (json)
            {
                await lines.WriteLineAsync(json.Written).ConfigureAwait(false);
            }

            if (++written % 64 == 0)
            {
                await lines.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        try
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
            var answers = backend.AnnotateManyAsync(requests, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (answers.ConfigureAwait(false))
            {
                while (true)
                {
                    try
                    {
                        if (!await answers.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                    catch (Exception error) when (error is not OperationCanceledException && formatting.Count > 0)
                    {
                        // A bad input line or a broken stream: every answer received before it is still written first.
                        failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error);
                        break;
                    }

                    var answer = answers.Current;
                    formatting.Enqueue(!answer.Succeeded
                        ? Task.FromResult<(StreamAnswer, Utf8Buffer?)>((answer, null))
                        : Task.Run<(StreamAnswer, Utf8Buffer?)>(() => (answer, answer.ToJson()), cancellationToken));
                    while (formatting.Count >= FormatWindow || (formatting.Count > 0 && formatting.Peek().IsCompleted))
                    {
                        await WriteNextAsync().ConfigureAwait(false);
                    }
                }
            }

            while (formatting.Count > 0)
            {
                await WriteNextAsync().ConfigureAwait(false);
            }

            failure?.Throw();
        }
        finally
        {
            // Every answer written before a failure reaches the output too.
            await lines.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async IAsyncEnumerable<AnnotateStreamRequest> ReadRequests(
        TextReader input, CliOptions options, ConcurrentQueue<int> lineNumbers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = new LineReader(input);
        var lineNumber = 0;
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (line.Span.IsWhiteSpace())
            {
                continue;
            }

            Document document;
            try
            {
                document = DocumentJson.Parse(line.Span);
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
