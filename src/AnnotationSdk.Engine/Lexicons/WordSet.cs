namespace AnnotationSdk.Engine.Lexicons;

/// <summary>A case-insensitive set of single words, looked up by span without allocating; a
/// <see cref="WordFilter"/> rejects most tokens before any hashing.</summary>
internal sealed class WordSet
{
    private readonly WordTable<bool> _lookup;
    private readonly WordFilter _filter = new();

    public WordSet(IEnumerable<string> words)
    {
        var set = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            set[word] = true;
            if (word.Length > 0)
            {
                _filter.Add(word);
            }
        }

        _lookup = new WordTable<bool>(set);
    }

    public bool Contains(ReadOnlySpan<char> word) =>
        word.IsEmpty ? _lookup.Contains(word) : _filter.MayContain(word) && _lookup.Contains(word);
}
