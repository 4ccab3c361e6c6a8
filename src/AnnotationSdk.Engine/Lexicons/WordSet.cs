namespace AnnotationSdk.Engine.Lexicons;

/// <summary>A case-insensitive set of single words, looked up by span without allocating; a
/// <see cref="WordFilter"/> rejects most tokens before any hashing.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordFilter _filter = new();

    public WordSet(IEnumerable<string> words)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            set.Add(word);
            if (word.Length > 0)
            {
                _filter.Add(word);
            }
        }

        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) =>
        word.IsEmpty ? _lookup.Contains(word) : _filter.MayContain(word) && _lookup.Contains(word);
}
