using AnnotationSdk.Cli.Diff;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Commands;

/// <summary>
/// `annotate diff OLD.jsonl NEW.jsonl`: how two runs over a corpus differ, document by document (aligned by
/// document id, by line order for documents without one), then a count per kind. Exit 1 when anything changed.
/// </summary>
public static class DiffCommand
{
    public static int Run(CliOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var oldRun = JsonlResponses.Read(options.Arguments[0], cancellationToken);
        var newRun = JsonlResponses.Read(options.Arguments[1], cancellationToken);
        var texts = options.Documents is null ? null : JsonlResponses.ReadTexts(options.Documents, cancellationToken);
        IDiffWriter writer = options.Format == OutputFormat.Json ? new JsonDiffWriter(output) : new HumanDiffWriter(output);
        var summary = new DiffSummary();

        var oldByKey = oldRun.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        var newKeys = newRun.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, response) in newRun)
        {
            var diff = oldByKey.TryGetValue(key, out var old)
                ? AnnotationMatcher.Compare(key, old, response, cancellationToken)
                : new DocumentDiff(key, DocumentPresence.OnlyNew, [], [], []);
            writer.Write(diff, Context(texts, key, old?.OffsetUnit ?? response.OffsetUnit), Context(texts, key, response.OffsetUnit));
            summary.Add(diff);
        }

        foreach (var (key, response) in oldRun.Where(r => !newKeys.Contains(r.Key)))
        {
            var diff = new DocumentDiff(key, DocumentPresence.OnlyOld, [], [], []);
            writer.Write(diff, Context(texts, key, response.OffsetUnit), Context(texts, key, response.OffsetUnit));
            summary.Add(diff);
        }

        writer.Finish(summary);
        return summary.AnythingChanged ? ExitCodes.Changed : ExitCodes.Success;
    }

    private static ContextWords Context(Dictionary<string, string>? texts, string key, OffsetUnit unit) =>
        new(texts?.GetValueOrDefault(key), unit);
}
