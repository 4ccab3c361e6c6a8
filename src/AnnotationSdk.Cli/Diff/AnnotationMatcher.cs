using AnnotationSdk.V1;

namespace AnnotationSdk.Cli.Diff;

/// <summary>
/// Pairs one document's old and new annotations: first same kind and same span (unchanged, or changed when a
/// detail differs), then same kind and overlapping span (changed: it moved or grew), in span order; whatever is
/// left is removed or added.
/// </summary>
internal static class AnnotationMatcher
{
    public static DocumentDiff Compare(string key, AnnotateResponse oldResponse, AnnotateResponse newResponse, CancellationToken cancellationToken)
    {
        var oldById = ById(oldResponse);
        var newById = ById(newResponse);
        var added = new List<Annotation>();
        var removed = new List<Annotation>();
        var pairs = new List<(Annotation Old, Annotation New)>();

        var oldBySpan = oldResponse.Annotations
            .GroupBy(a => (a.Kind, Start(a), End(a)))
            .ToDictionary(g => g.Key, g => new Queue<Annotation>(g));
        var unmatchedNew = new List<Annotation>();
        foreach (var annotation in newResponse.Annotations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (oldBySpan.TryGetValue((annotation.Kind, Start(annotation), End(annotation)), out var same) && same.TryDequeue(out var old))
            {
                pairs.Add((old, annotation));
            }
            else
            {
                unmatchedNew.Add(annotation);
            }
        }

        var unmatchedOld = oldBySpan.Values.SelectMany(q => q).ToList();
        foreach (var kind in unmatchedNew.Select(a => a.Kind).Concat(unmatchedOld.Select(a => a.Kind)).Distinct().Order())
        {
            PairOverlapping(
                [.. unmatchedOld.Where(a => a.Kind == kind).OrderBy(Start).ThenBy(End)],
                [.. unmatchedNew.Where(a => a.Kind == kind).OrderBy(Start).ThenBy(End)],
                (old, @new) => pairs.Add((old, @new)),
                removed.Add,
                added.Add,
                cancellationToken);
        }

        // Links are compared once every annotation is paired: a link is unchanged when it points at the pair of its old target.
        var newIdOf = pairs.GroupBy(p => p.Old.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().New.Id, StringComparer.Ordinal);
        var changed = new List<ChangedAnnotation>();
        foreach (var (old, @new) in pairs)
        {
            AddIfChanged(changed, old, oldById, @new, newById, newIdOf);
        }

        changed.Sort((a, b) => Start(a.New).CompareTo(Start(b.New)));
        added.Sort((a, b) => Start(a).CompareTo(Start(b)));
        removed.Sort((a, b) => Start(a).CompareTo(Start(b)));
        return new DocumentDiff(key, DocumentPresence.Both, added, removed, changed) { OldById = oldById, NewById = newById };
    }

    // Both lists sorted by start. A sweep: each new annotation takes the first unpaired old one it overlaps.
    private static void PairOverlapping(List<Annotation> olds, List<Annotation> news, Action<Annotation, Annotation> paired, Action<Annotation> onlyOld, Action<Annotation> onlyNew, CancellationToken cancellationToken)
    {
        var taken = new bool[olds.Count];
        var first = 0;
        foreach (var annotation in news)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (first < olds.Count && (taken[first] || End(olds[first]) <= Start(annotation)))
            {
                if (!taken[first])
                {
                    onlyOld(olds[first]);
                    taken[first] = true;
                }

                first++;
            }

            var match = -1;
            for (var i = first; i < olds.Count && Start(olds[i]) < End(annotation); i++)
            {
                if (!taken[i] && Overlap(olds[i], annotation))
                {
                    match = i;
                    break;
                }
            }

            if (match < 0)
            {
                onlyNew(annotation);
                continue;
            }

            taken[match] = true;
            paired(olds[match], annotation);
        }

        for (var i = first; i < olds.Count; i++)
        {
            if (!taken[i])
            {
                onlyOld(olds[i]);
            }
        }
    }

    private static void AddIfChanged(
        List<ChangedAnnotation> changed, Annotation old, Dictionary<string, Annotation> oldById, Annotation @new, Dictionary<string, Annotation> newById, Dictionary<string, string> newIdOf)
    {
        var oldFields = AnnotationFields.Of(old, oldById);
        var newFields = AnnotationFields.Of(@new, newById);
        var differences = oldFields.Zip(newFields)
            .Where(pair => pair.First.LinkIds is { } oldLinks && pair.Second.LinkIds is { } newLinks
                ? !oldLinks.Select(id => newIdOf.GetValueOrDefault(id, "old:" + id)).SequenceEqual(newLinks, StringComparer.Ordinal)
                : !string.Equals(pair.First.Value, pair.Second.Value, StringComparison.Ordinal))
            .Select(pair => new FieldChange(pair.First.Name, pair.First.Value, pair.Second.Value))
            .ToList();
        if (differences.Count > 0)
        {
            changed.Add(new ChangedAnnotation(old, @new, differences));
        }
    }

    // An empty span overlaps what contains its position, so a zero-length annotation can still be "changed".
    private static bool Overlap(Annotation a, Annotation b) =>
        (Start(a) < End(b) && Start(b) < End(a)) || (Start(a) == Start(b) && End(a) == End(b));

    private static Dictionary<string, Annotation> ById(AnnotateResponse response) =>
        response.Annotations.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static int Start(Annotation annotation) => annotation.Span?.Start ?? 0;

    private static int End(Annotation annotation) => annotation.Span?.End ?? 0;
}
