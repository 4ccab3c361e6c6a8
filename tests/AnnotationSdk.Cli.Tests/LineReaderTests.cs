using AnnotationSdk.Cli.Input;
using Xunit;

namespace AnnotationSdk.Cli.Tests;

/// <summary>`annotate --jsonl` splits its input with <see cref="LineReader"/>; the lines and their numbers must stay
/// exactly what <see cref="TextReader.ReadLine"/> gives.</summary>
public class LineReaderTests
{
    public static TheoryData<string> Texts => new()
    {
        string.Empty,
        "one",
        "one\n",
        "one\ntwo",
        "one\r\ntwo\r\n",
        "one\rtwo\r",
        "\n\n\r\n\r\r",
        "a\r\rb\n\rc\r\n\nd",
        "  \n\t\n",
        new string('x', 40_000) + "\r\n" + new string('y', 70_000) + "\rz",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Splits_as_ReadLine_does(string text)
    {
        Assert.Equal(ReadLines(text), await LineReaderLines(new StringReader(text)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Splits_as_ReadLine_does_when_reads_end_anywhere(string text)
    {
        // A "\r\n" split between two reads is still one line break.
        Assert.Equal(ReadLines(text), await LineReaderLines(new TrickleReader(text, 3)));
    }

    private static List<string> ReadLines(string text)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static async Task<List<string>> LineReaderLines(TextReader text)
    {
        var lines = new List<string>();
        var reader = new LineReader(text);
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Hands out at most a few characters per read.</summary>
    private sealed class TrickleReader(string text, int most) : StringReader(text)
    {
        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span[..Math.Min(buffer.Length, most)]));
    }
}
