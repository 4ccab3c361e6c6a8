namespace AnnotationSdk.Engine.Lexicons;

/// <summary>A case-insensitive map from single words to values, looked up by span without allocating.</summary>
internal sealed class WordMap<T>
{
    private readonly WordTable<T> _lookup;

    // Every token of a document is looked up in several maps, and almost none is in them: reject those cheaply.
    private readonly WordFilter _filter = new();

    public WordMap(IEnumerable<(string Word, T Value)> entries)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in entries)
        {
            map[word] = value;
            _filter.Add(word);
        }

        _lookup = new WordTable<T>(map);
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (word.IsEmpty || !_filter.MayContain(word))
        {
            value = default!;
            return false;
        }

        return _lookup.TryGetValue(word, out value!);
    }

    /// <summary>As <see cref="TryGet(ReadOnlySpan{char}, out T)"/>, for a word that is not empty, whose
    /// <see cref="WordFilter.KeysOf"/> are <paramref name="filterKeys"/>.</summary>
    public bool TryGet(ReadOnlySpan<char> word, uint filterKeys, out T value)
    {
        if (!_filter.MayContain(filterKeys))
        {
            value = default!;
            return false;
        }

        return _lookup.TryGetValue(word, out value!);
    }

    /// <summary>The words in the map, for tables built from several maps.</summary>
    public IEnumerable<string> Words => _lookup.Dictionary.Keys;

    public bool Contains(ReadOnlySpan<char> word) => !word.IsEmpty && _filter.MayContain(word) && _lookup.Contains(word);
}
