using System.Runtime.CompilerServices;
using System.Text;

namespace AnnotationSdk.Engine.Lexicons;

/// <summary>
/// A read-only map from words to values, equal to a dictionary with <see cref="StringComparer.OrdinalIgnoreCase"/>
/// but cheaper per lookup: the rules look up every token in several lexicons, and the comparer's hash and equality
/// calls were a tenth of the engine's time. An all-ASCII token (nearly every token of news text) is hashed with
/// its letters folded, in one pass, and probed in an open-addressing table of the ASCII words; any other token
/// goes to the dictionary itself. A non-ASCII word never equals an ASCII token, ignoring case, unless one of its
/// characters folds to ASCII (the long s, the dotless i): then every token goes to the dictionary.
/// </summary>
internal sealed class WordTable<T>
{
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _dictionary;
    private readonly string?[] _keys;
    private readonly uint[] _hashes;
    private readonly T[] _values;
    private readonly uint _mask;
    private readonly bool _dictionaryOnly;

    /// <param name="dictionary">Compared with <see cref="StringComparer.OrdinalIgnoreCase"/>; not changed afterwards.</param>
    public WordTable(Dictionary<string, T> dictionary)
    {
        if (!ReferenceEquals(dictionary.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The dictionary must compare with StringComparer.OrdinalIgnoreCase.", nameof(dictionary));
        }

        _dictionary = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        var size = 4;
        while (size < dictionary.Count * 2)
        {
            size *= 2;
        }

        _keys = new string?[size];
        _hashes = new uint[size];
        _values = new T[size];
        _mask = (uint)size - 1;
        foreach (var (key, value) in dictionary)
        {
            if (!TryHash(key, out var hash))
            {
                _dictionaryOnly |= FoldsToAscii(key);
                continue;
            }

            var slot = hash & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _hashes[slot] = hash;
            _values[slot] = value;
        }
    }

    /// <summary>The dictionary the table was built from.</summary>
    public Dictionary<string, T> Dictionary => _dictionary.Dictionary;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        if (_dictionaryOnly || !TryHash(word, out var hash))
        {
            return _dictionary.TryGetValue(word, out value!);
        }

        for (var slot = hash & _mask; _keys[slot] is { } key; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == hash && key.Length == word.Length && Ascii.EqualsIgnoreCase(key, word))
            {
                value = _values[slot];
                return true;
            }
        }

        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    /// <summary>FNV-1a over the characters with bit 5 set (ASCII letters folded to lower case); false at the
    /// first character that is not ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryHash(ReadOnlySpan<char> word, out uint hash)
    {
        hash = 2166136261;
        foreach (var c in word)
        {
            if (c > '\u007F')
            {
                return false;
            }

            hash = (hash ^ (c | 0x20u)) * 16777619;
        }

        return true;
    }

    private static bool FoldsToAscii(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAscii(c) && WordFilter.FoldsToAscii(c))
            {
                return true;
            }
        }

        return false;
    }
}
