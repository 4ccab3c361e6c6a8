namespace AnnotationSdk.Engine.Dates;

/// <summary>A case-insensitive map from single words to values, looked up by span without allocating.</summary>
internal sealed class WordMap<T>
{
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordMap(IEnumerable<(string Word, T Value)> entries)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in entries)
        {
            map[word] = value;
        }

        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value) => _lookup.TryGetValue(word, out value!);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);
}
