using System.Globalization;
using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Diff;

/// <summary>The diff for a person reviewing a rule change: one block per changed document, then the summary.</summary>
internal sealed class HumanDiffWriter(TextWriter output) : IDiffWriter
{
    public void Write(DocumentDiff diff, ContextWords oldContext, ContextWords newContext)
    {
        if (!diff.HasChanges)
        {
            return;
        }

        switch (diff.Presence)
        {
            case DocumentPresence.OnlyOld:
                output.WriteLine($"== {diff.Key}: only in OLD");
                return;
            case DocumentPresence.OnlyNew:
                output.WriteLine($"== {diff.Key}: only in NEW");
                return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {diff.Key}: {diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed"));
        foreach (var annotation in diff.Removed)
        {
            output.WriteLine($"  - {Head(annotation)}  {oldContext.Around(annotation)}{Details(annotation, diff.OldById)}");
        }

        foreach (var annotation in diff.Added)
        {
            output.WriteLine($"  + {Head(annotation)}  {newContext.Around(annotation)}{Details(annotation, diff.NewById)}");
        }

        foreach (var change in diff.Changed)
        {
            var fields = string.Join("; ", change.Fields.Select(f => $"{f.Name}: {Show(f.Old)} → {Show(f.New)}"));
            output.WriteLine($"  ~ {Head(change.New)}  {newContext.Around(change.New)}  {fields}");
        }
    }

    public void Finish(DiffSummary summary)
    {
        output.WriteLine(summary.AnythingChanged ? "summary:" : "no changes.");
        output.WriteLine("  kind           added  removed  changed");
        foreach (var (kind, (added, removed, changed)) in summary.PerKind)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {AnnotationFields.KindName(kind),-12} {added,7} {removed,8} {changed,8}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  documents: {summary.Documents} compared, {summary.ChangedDocuments} changed, {summary.OnlyOld} only in OLD, {summary.OnlyNew} only in NEW"));
    }

    private static string Head(Annotation annotation) =>
        $"{AnnotationFields.KindName(annotation.Kind),-11} {AnnotationFields.SpanText(annotation.Span),-11}";

    // The kind's details, for an annotation that is only on one side.
    private static string Details(Annotation annotation, IReadOnlyDictionary<string, Annotation> byId)
    {
        var details = AnnotationFields.Of(annotation, byId)
            .Where(f => f.Name is not ("span" or "text") && f.Value.Length > 0)
            .Select(f => $"{f.Name}={f.Value}");
        var text = string.Join(" ", details);
        return text.Length == 0 ? string.Empty : "  " + text;
    }

    private static string Show(string value) => value.Length == 0 ? "(none)" : value.Length > 60 ? $"\"{value[..40]}…\"" : $"\"{value}\"";
}
