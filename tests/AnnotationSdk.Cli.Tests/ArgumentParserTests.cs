using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Tests;

public class ArgumentParserTests
{
    [Fact]
    public void Reads_every_option()
    {
        var options = ArgumentParser.Parse(["--format", "json", "--reference-date", "2025-04-30", "--offset-unit", "utf8", "--kinds", "quote,date", "--server", "http://localhost:5151", "a.txt"]);
        Assert.Equal(OutputFormat.Json, options.Format);
        Assert.Equal("2025-04-30", options.ReferenceDate);
        Assert.Equal(OffsetUnit.Utf8Byte, options.OffsetUnit);
        Assert.Equal([AnnotationKind.Quote, AnnotationKind.Date], options.Kinds);
        Assert.Equal(new Uri("http://localhost:5151"), options.Server);
        Assert.Equal(["a.txt"], options.Arguments);
    }

    [Theory]
    [InlineData("Unknown option --frobnicate", "--frobnicate", "a.txt")]
    [InlineData("not a date", "--reference-date", "2025-02-30", "a.txt")]
    [InlineData("Unknown kind 'quotez'", "--kinds", "quotez", "a.txt")]
    [InlineData("Unknown offset unit", "--offset-unit", "bytes", "a.txt")]
    [InlineData("needs a value", "a.txt", "--format")]
    [InlineData("Give at least one FILE", "--format", "human")]
    [InlineData("give no FILE", "--jsonl", "-", "a.txt")]
    [InlineData("exactly one FILE", "--format", "json", "a.txt", "b.txt")]
    [InlineData("not an http(s) URL", "--server", "localhost", "a.txt")]
    [InlineData("eval needs a corpus name", "eval", "polnear")]
    public async Task Bad_arguments_say_what_is_wrong_and_exit_with_usage_code(string message, params string[] args)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(string.Empty, args);
        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Help_prints_usage()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "--help");
        Assert.Equal(0, exitCode);
        Assert.Contains("--jsonl", output, StringComparison.Ordinal);
    }
}
