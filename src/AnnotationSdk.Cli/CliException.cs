namespace AnnotationSdk.Cli;

/// <summary>A problem to report in one line and exit with; never a stack trace for the user.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>`diff` found changes.</summary>
    public const int Changed = 1;

    public const int Usage = 2;

    /// <summary>A file, a line or a document could not be read or was refused.</summary>
    public const int BadInput = 3;

    /// <summary>The server could not be reached or failed.</summary>
    public const int ServerError = 4;
}
