namespace AnnotationSdk.Cli.Tests;

/// <summary>Runs the real `annotate` entry point in-process with captured streams.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args) =>
        await RunAsync(new StringReader(input), args);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(TextReader input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, input, output, error, outputIsTerminal: false, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string TempFile(string contents, string extension = ".txt")
    {
        var path = Path.Combine(Path.GetTempPath(), "annotate-test-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, contents);
        return path;
    }
}
