using AnnotationSdk.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
await using (output.ConfigureAwait(false))
{
    var exitCode = await CliApp.RunAsync(args, Console.In, output, Console.Error, !Console.IsOutputRedirected, cancellation.Token).ConfigureAwait(false);
    await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
    return exitCode;
}
