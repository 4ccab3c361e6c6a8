using AnnotationSdk.V1;

namespace AnnotationSdk.Cli;

public enum OutputFormat
{
    Human,
    Json,
    Html,
}

/// <summary>What the command line asked for, after parsing.</summary>
public sealed record CliOptions
{
    public string Command { get; init; } = "annotate";

    public List<string> Arguments { get; init; } = [];

    public OutputFormat Format { get; init; } = OutputFormat.Human;

    /// <summary>Path of a JSONL file of Documents, or "-" for standard input.</summary>
    public string? JsonlInput { get; init; }

    /// <summary>With diff: the JSONL documents both runs annotated, for context words.</summary>
    public string? Documents { get; init; }

    public string ReferenceDate { get; init; } = string.Empty;

    public OffsetUnit OffsetUnit { get; init; } = OffsetUnit.CodePoint;

    public List<AnnotationKind> Kinds { get; init; } = [];

    public Uri? Server { get; init; }

    /// <summary>How many failure cases `eval` prints.</summary>
    public int Errors { get; init; }

    public bool? Color { get; init; }
}
