using AnnotationSdk.Server;
using AnnotationSdk.V1;
using Google.Protobuf;

namespace AnnotationSdk.Cli.Tests;

public class AnnotateCommandTests
{
    internal const string Article = "On April 26, 2025, Anna Petrova said: “We may have won 😀.” Sources said some 4,000 troops had left.";

    private static string Jsonl(int count, int? badReferenceDateAt = null) => string.Join('\n', Enumerable.Range(0, count).Select(i =>
        JsonFormatter.Default.Format(new Document { Id = $"doc-{i}", Text = $"{Article} ({i})", ReferenceDate = i == badReferenceDateAt ? "2025-99-99" : "2025-04-30" })));

    [Fact]
    public async Task Json_output_is_one_annotate_response()
    {
        var path = CliRunner.TempFile(Article);
        var (exitCode, output, error) = await CliRunner.RunAsync(string.Empty, "--format", "json", "--reference-date", "2025-04-30", path);
        Assert.True(exitCode == 0, error);
        var response = JsonParser.Default.Parse<AnnotateResponse>(output);
        Assert.Equal(Path.GetFileName(path), response.DocumentId);
        Assert.Equal(OffsetUnit.CodePoint, response.OffsetUnit);
        Assert.Equal("2025-04-30", response.ReferenceDate);
    }

    [Fact]
    public async Task Human_output_names_the_file_and_the_reference_date()
    {
        var path = CliRunner.TempFile(Article);
        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, path);
        Assert.Equal(0, exitCode);
        Assert.StartsWith(path + ":", output, StringComparison.Ordinal);
        Assert.Contains("today: the document gave none", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(string.Empty, "/no/such/file.txt");
        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("/no/such/file.txt: cannot read it", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jsonl_answers_every_line_in_order()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(Jsonl(25), "--jsonl", "-", "--offset-unit", "utf16");
        Assert.True(exitCode == 0, error);
        var responses = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JsonParser.Default.Parse<AnnotateResponse>).ToList();
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"doc-{i}"), responses.Select(r => r.DocumentId));
        Assert.All(responses, r => Assert.Equal(OffsetUnit.Utf16CodeUnit, r.OffsetUnit));
    }

    [Fact]
    public async Task Jsonl_to_a_utf8_stream_writes_the_same_bytes_as_to_a_text_writer_and_keeps_them_on_failure()
    {
        // The program's standard output is a UTF-8 StreamWriter, which gets the answers' bytes without decoding them.
        var input = Jsonl(30, badReferenceDateAt: 20);
        var (textExitCode, text, _) = await CliRunner.RunAsync(input, "--jsonl", "-");
        var bytes = new MemoryStream();
        var stream = new StreamWriter(bytes, new System.Text.UTF8Encoding(false));
        var error = new StringWriter();

        var exitCode = await CliApp.RunAsync(["--jsonl", "-"], new StringReader(input), stream, error, outputIsTerminal: false, CancellationToken.None);

        Assert.Equal(ExitCodes.BadInput, textExitCode);
        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("line 21 (document 'doc-20')", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(20, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
    }

    [Theory]
    [InlineData("{\"id\":\"ok\",\"text\":\"Fine.\"}\n{not json\n", "line 2: not valid JSON")]
    [InlineData("{\"id\":\"ok\",\"text\":\"Fine.\"}\n\n{\"txet\":\"typo\"}\n", "line 3: not a Document JSON")]
    [InlineData("{\"id\":\"ok\",\"text\":\"Fine.\"}\n{\"id\":\"bad\",\"text\":\"x\",\"referenceDate\":\"soon\"}\n", "line 2 (document 'bad'): InvalidArgument: document.reference_date")]
    public async Task A_bad_line_stops_the_run_with_its_line_number_after_the_good_ones(string input, string message)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(input, "--jsonl", "-");
        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal("ok", JsonParser.Default.Parse<AnnotateResponse>(output.Split('\n')[0]).DocumentId);
    }

    [Fact]
    public async Task Jsonl_streams_instead_of_reading_everything_first()
    {
        var reader = new CountingReader(Jsonl(500));
        var output = new FirstLineProbe(reader);
        var exitCode = await CliApp.RunAsync(["--jsonl", "-"], reader, output, TextWriter.Null, outputIsTerminal: false, CancellationToken.None);
        Assert.Equal(0, exitCode);
        // The documents read ahead (and the one waiting to join them), the backend's window of documents in flight,
        // then the window of answers being turned into JSON.
        Assert.InRange(output.LinesReadAtFirstWrite, 1, Commands.JsonlCommand.ReadAheadWindow + 1 + (Environment.ProcessorCount * 4) + Commands.JsonlCommand.FormatWindow + 2);
    }

    [Fact]
    public async Task The_server_gives_the_same_output_as_the_embedded_engine()
    {
        await using var server = await AnnotationServer.StartAsync();
        var input = Jsonl(20, badReferenceDateAt: null);
        var embedded = await CliRunner.RunAsync(input, "--jsonl", "-", "--offset-unit", "utf8");
        var remote = await CliRunner.RunAsync(input, "--jsonl", "-", "--offset-unit", "utf8", "--server", server.Address.ToString());
        Assert.Equal(0, remote.ExitCode);
        Assert.Equal(embedded.Output, remote.Output);

        var path = CliRunner.TempFile(Article);
        var embeddedFile = await CliRunner.RunAsync(string.Empty, "--format", "json", "--reference-date", "2025-04-30", path);
        var remoteFile = await CliRunner.RunAsync(string.Empty, "--format", "json", "--reference-date", "2025-04-30", "--server", server.Address.ToString(), path);
        Assert.Equal(embeddedFile.Output, remoteFile.Output);
    }

    [Fact]
    public async Task A_bad_line_through_the_server_names_its_line_too()
    {
        await using var server = await AnnotationServer.StartAsync();
        var (exitCode, output, error) = await CliRunner.RunAsync(Jsonl(20, badReferenceDateAt: 7), "--jsonl", "-", "--server", server.Address.ToString());
        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("line 8 (document 'doc-7')", error, StringComparison.Ordinal);
        Assert.Equal(7, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_server_error()
    {
        var path = CliRunner.TempFile(Article);
        var (exitCode, _, error) = await CliRunner.RunAsync(string.Empty, "--server", "http://127.0.0.1:9", path);
        Assert.Equal(ExitCodes.ServerError, exitCode);
        Assert.Contains("could not be reached", error, StringComparison.Ordinal);
    }

    /// <summary>Hands out at most one line per read, as a pipe fed line by line would, counting the lines handed out.</summary>
    private sealed class CountingReader(string text) : StringReader(text)
    {
        public int LinesRead { get; private set; }

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
        {
            var read = 0;
            while (read < buffer.Length && Read() is var next and >= 0)
            {
                buffer.Span[read++] = (char)next;
                if (next == '\n')
                {
                    LinesRead++;
                    break;
                }
            }

            return ValueTask.FromResult(read);
        }
    }

    private sealed class FirstLineProbe(CountingReader reader) : StringWriter
    {
        public int LinesReadAtFirstWrite { get; private set; }

        public override Task WriteLineAsync(string? value)
        {
            if (LinesReadAtFirstWrite == 0)
            {
                LinesReadAtFirstWrite = reader.LinesRead;
            }

            return base.WriteLineAsync(value);
        }
    }
}
