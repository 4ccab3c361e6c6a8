using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Diff;

/// <summary>Counts over the whole corpus: annotations added, removed and changed per kind, and documents.</summary>
internal sealed class DiffSummary
{
    public static readonly AnnotationKind[] Kinds = [AnnotationKind.Quote, AnnotationKind.Attribution, AnnotationKind.Date, AnnotationKind.Hedge];

    public Dictionary<AnnotationKind, (int Added, int Removed, int Changed)> PerKind { get; } = Kinds.ToDictionary(k => k, _ => (0, 0, 0));

    public int Documents { get; private set; }

    public int ChangedDocuments { get; private set; }

    public int OnlyOld { get; private set; }

    public int OnlyNew { get; private set; }

    public bool AnythingChanged => ChangedDocuments + OnlyOld + OnlyNew > 0;

    public void Add(DocumentDiff diff)
    {
        Documents++;
        switch (diff.Presence)
        {
            case DocumentPresence.OnlyOld:
                OnlyOld++;
                return;
            case DocumentPresence.OnlyNew:
                OnlyNew++;
                return;
        }

        if (!diff.HasChanges)
        {
            return;
        }

        ChangedDocuments++;
        foreach (var annotation in diff.Added)
        {
            Count(annotation.Kind, added: 1);
        }

        foreach (var annotation in diff.Removed)
        {
            Count(annotation.Kind, removed: 1);
        }

        foreach (var change in diff.Changed)
        {
            Count(change.New.Kind, changed: 1);
        }
    }

    private void Count(AnnotationKind kind, int added = 0, int removed = 0, int changed = 0)
    {
        var (a, r, c) = PerKind.GetValueOrDefault(kind);
        PerKind[kind] = (a + added, r + removed, c + changed);
    }
}
