using AnnotationSdk.Cli.Backends;
using AnnotationSdk.Cli.Commands;
using AnnotationSdk.Server;
using Microsoft.Extensions.Hosting;

namespace AnnotationSdk.Cli;

/// <summary>The `annotate` program, with its streams passed in so tests run it in-process.</summary>
public static class CliApp
{
    /// <param name="outputIsTerminal">Colours go to a person's terminal, never into a file or a pipe.</param>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, bool outputIsTerminal, CancellationToken cancellationToken)
    {
        try
        {
            var options = ArgumentParser.Parse(args);
            switch (options.Command)
            {
                case "help":
                    await output.WriteLineAsync(ArgumentParser.Usage).ConfigureAwait(false);
                    return ExitCodes.Success;
                case "serve":
                    var app = AnnotationServer.Build([.. options.Arguments]);
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                    await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                    return ExitCodes.Success;
                case "eval":
                    return EvalCommand.Run(options, output, cancellationToken);
                case "diff":
                    return DiffCommand.Run(options, output, cancellationToken);
            }

            using IAnnotationBackend backend = options.Server is null ? new EmbeddedBackend() : new GrpcBackend(options.Server);
            if (options.JsonlInput is not null)
            {
                return await JsonlCommand.RunAsync(options, backend, input, output, cancellationToken).ConfigureAwait(false);
            }

            var color = options.Color ?? (outputIsTerminal && Environment.GetEnvironmentVariable("NO_COLOR") is null);
            return await AnnotateFilesCommand.RunAsync(options, backend, output, color, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException problem)
        {
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            await error.WriteLineAsync("annotate: " + problem.Message).ConfigureAwait(false);
            return problem.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("annotate: cancelled").ConfigureAwait(false);
            return 130;
        }
    }
}
