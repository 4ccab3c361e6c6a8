using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Diff;

/// <summary>How one document's annotations differ between two runs.</summary>
internal sealed record DocumentDiff(string Key, DocumentPresence Presence, List<Annotation> Added, List<Annotation> Removed, List<ChangedAnnotation> Changed)
{
    /// <summary>The old run's annotations by id, to describe what a removed annotation linked to.</summary>
    public IReadOnlyDictionary<string, Annotation> OldById { get; init; } = new Dictionary<string, Annotation>();

    /// <summary>The new run's annotations by id.</summary>
    public IReadOnlyDictionary<string, Annotation> NewById { get; init; } = new Dictionary<string, Annotation>();

    public bool HasChanges => Presence != DocumentPresence.Both || Added.Count + Removed.Count + Changed.Count > 0;
}

internal enum DocumentPresence
{
    Both,
    OnlyOld,
    OnlyNew,
}

/// <summary>An annotation present in both runs (same kind, overlapping span) whose span or details differ.</summary>
internal sealed record ChangedAnnotation(Annotation Old, Annotation New, List<FieldChange> Fields);

internal sealed record FieldChange(string Name, string Old, string New);
