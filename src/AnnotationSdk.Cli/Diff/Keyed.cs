namespace AnnotationSdk.Cli.Diff;

/// <summary>A message with the key its document is aligned by: its id, or its position in the file.</summary>
internal sealed record Keyed<T>(string Key, T Value);
