using System.Text;
using AnnotationSdk.Cli.Backends;
using AnnotationSdk.Cli.Output;
using AnnotationSdk.V1;
using Google.Protobuf;

namespace AnnotationSdk.Cli.Commands;

/// <summary>`annotate FILE…`, `annotate --format json FILE` and `annotate --format html FILE`.</summary>
public static class AnnotateFilesCommand
{
    public static async Task<int> RunAsync(CliOptions options, IAnnotationBackend backend, TextWriter output, bool color, CancellationToken cancellationToken)
    {
        var human = new HumanWriter(output, color);
        foreach (var path in options.Arguments)
        {
            var document = new Document { Id = Path.GetFileName(path), Text = await ReadAsync(path, cancellationToken).ConfigureAwait(false), ReferenceDate = options.ReferenceDate };
            var request = new AnnotateRequest { Document = document, OffsetUnit = options.OffsetUnit, Kinds = { options.Kinds } };
            var response = await RpcErrors.Describe(() => backend.AnnotateAsync(request, cancellationToken), path).ConfigureAwait(false);
            if (options.Format == OutputFormat.Json)
            {
                await output.WriteLineAsync(JsonFormatter.Default.Format(response)).ConfigureAwait(false);
            }
            else if (options.Format == OutputFormat.Html)
            {
                HtmlWriter.Write(output, Path.GetFileName(path), document.Text, response);
            }
            else
            {
                human.Write(path, response);
            }
        }

        return ExitCodes.Success;
    }

    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return path == "-"
                ? await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false)
                : await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read it ({error.Message})");
        }
    }
}
