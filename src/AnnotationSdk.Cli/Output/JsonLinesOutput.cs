using System.Text;

namespace AnnotationSdk.Cli.Output;

/// <summary>
/// Where `annotate --jsonl` writes its UTF-8 lines. When the output is a UTF-8 <see cref="StreamWriter"/> (the
/// program's standard output) they go to its stream as they are; any other writer (a test's StringWriter) gets
/// them decoded.
/// </summary>
internal sealed class JsonLinesOutput
{
    private const int BufferSize = 1 << 16;

    private readonly TextWriter _writer;
    private readonly Stream? _stream;
    private readonly byte[] _lineBreak;

    private JsonLinesOutput(TextWriter writer, Stream? stream, byte[] lineBreak)
    {
        _writer = writer;
        _stream = stream;
        _lineBreak = lineBreak;
    }

    public static async Task<JsonLinesOutput> OpenAsync(TextWriter output, CancellationToken cancellationToken)
    {
        if (output is not StreamWriter { Encoding.CodePage: 65001 } writer)
        {
            return new JsonLinesOutput(output, null, []);
        }

        // Whatever the writer holds (and its byte order mark, if it has one to write) goes first.
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new JsonLinesOutput(writer, new BufferedStream(writer.BaseStream, BufferSize), Encoding.UTF8.GetBytes(writer.NewLine));
    }

    public async ValueTask WriteLineAsync(ReadOnlyMemory<byte> json)
    {
        if (_stream is null)
        {
            await _writer.WriteLineAsync(Encoding.UTF8.GetString(json.Span)).ConfigureAwait(false);
            return;
        }

        // Standard output's stream writes synchronously whichever method is called; this skips the task machinery.
        _stream.Write(json.Span);
        _stream.Write(_lineBreak);
    }

    public Task FlushAsync(CancellationToken cancellationToken) =>
        _stream is null ? _writer.FlushAsync(cancellationToken) : _stream.FlushAsync(cancellationToken);
}
