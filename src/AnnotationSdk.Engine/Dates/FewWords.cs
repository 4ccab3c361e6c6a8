namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// A few dozen words, matched ignoring case (as a <see cref="Lexicons.WordSet"/>), for the words read after a lead:
/// the trigger pass asks at every "the". A set this small fits in a few cache lines, where a word set's filter
/// takes kilobytes: a token is rejected by its length and first letter, and compared only with the words that share them.
/// </summary>
internal sealed class FewWords
{
    private readonly string[][] _byLength;

    // Bit (c & 0x1F) of the entry for a length is set when a word of that length starts with the ASCII letter c;
    // every bit when one starts with a character that is not ASCII.
    private readonly uint[] _firstLetters;

    public FewWords(IEnumerable<string> words)
    {
        var distinct = words.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var longest = distinct.Count == 0 ? 0 : distinct.Max(word => word.Length);
        _byLength = new string[longest + 1][];
        _firstLetters = new uint[longest + 1];
        for (var length = 0; length <= longest; length++)
        {
            _byLength[length] = distinct.Where(word => word.Length == length).ToArray();
            foreach (var word in _byLength[length])
            {
                _firstLetters[length] |= word.Length == 0 ? 0 : char.IsAscii(word[0]) ? 1u << (word[0] & 0x1F) : uint.MaxValue;
            }
        }
    }

    public IEnumerable<string> Words => _byLength.SelectMany(words => words);

    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((uint)word.Length >= (uint)_byLength.Length)
        {
            return false;
        }

        // A token starting with a character that is not ASCII may still equal a word ignoring case (the long s is "S").
        if (word.Length > 0 && char.IsAscii(word[0]) && (_firstLetters[word.Length] & (1u << (word[0] & 0x1F))) == 0)
        {
            return false;
        }

        foreach (var candidate in _byLength[word.Length])
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
