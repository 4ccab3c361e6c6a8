using System.Runtime.CompilerServices;

namespace AnnotationSdk.Engine.Lexicons;

/// <summary>
/// A cheap, exact pre-check of two consecutive words against a set of word pairs (the first two words of a lexicon's
/// phrases), ignoring case: one bit per pair of <see cref="WordFilter"/> keys, hashed. Common words open a few phrases
/// each ("the view that", "a source", "in theory") and pass a first-word filter at nearly every occurrence; the word
/// after them rejects most. As <see cref="WordFilter"/>, it never rejects a pair that could match: a word whose first
/// or last character is not ASCII always passes, and every pair passes if some word has a non-ASCII character equal
/// to an ASCII one ignoring case.
/// </summary>
internal sealed class WordPairFilter
{
    private const int Bits = 15;
    private readonly ulong[] _bitmap = new ulong[(1 << Bits) / 64];
    private bool _passAll;

    public void Add(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        _passAll |= WordFilter.HasCharFoldingToAscii(first) || WordFilter.HasCharFoldingToAscii(second);
        if (WordFilter.TryKey(first, out var firstKey) && WordFilter.TryKey(second, out var secondKey))
        {
            var bit = BitOf(firstKey, secondKey);
            _bitmap[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>False only when no added pair can equal <paramref name="first"/> then <paramref name="second"/>, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (_passAll || !WordFilter.TryKey(first, out var firstKey) || !WordFilter.TryKey(second, out var secondKey))
        {
            return true;
        }

        var bit = BitOf(firstKey, secondKey);
        return (_bitmap[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>As <see cref="MayContain(ReadOnlySpan{char}, ReadOnlySpan{char})"/>, for words whose <see cref="WordFilter.KeysOf"/>
    /// are <paramref name="firstKeys"/> and <paramref name="secondKeys"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(uint firstKeys, uint secondKeys)
    {
        var firstKey = firstKeys & 0xFFFF;
        var secondKey = secondKeys & 0xFFFF;
        if (_passAll || firstKey == WordFilter.NoKey || secondKey == WordFilter.NoKey)
        {
            return true;
        }

        var bit = BitOf((int)firstKey, (int)secondKey);
        return (_bitmap[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>The two 15-bit keys, multiplied by the golden ratio's 32-bit constant, top bits kept.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BitOf(int firstKey, int secondKey) => (int)((uint)((firstKey << 15) | secondKey) * 0x9E3779B1u >> (32 - Bits));
}
