using System.Runtime.CompilerServices;

namespace AnnotationSdk.Engine.Lexicons;

/// <summary>
/// A cheap, exact pre-check before hashing a token into a case-insensitive word dictionary (a phrase trie's
/// first words, a word map): a bitmap of the words by first letter, last letter and length, and one by second
/// and second-to-last letter and length, ASCII case folded.
/// Most tokens of a text are in no lexicon, and this rejects most of them in constant time. It never rejects a
/// word that could match: a token with a non-ASCII character at either end or next to it always passes, and if some
/// word has a non-ASCII letter that equals an ASCII one ignoring case (the long s, the Kelvin sign) every token passes.
/// A document's tokens carry both keys, worked out once as they are read (<see cref="KeysOf"/>), for the loops that
/// test every token against several filters: those test both keys together, hashed to one bit of a third bitmap.
/// </summary>
/// <remarks>
/// The two bitmaps of one key each pass tokens whose keys each belong to some word, not both to the same one (the
/// halves of two words), and cost two probes; but a token's text is read for its second key only when its first
/// passes, and the first bitmap's bits for one first letter lie in two cache lines, so the look-ups by text (many
/// small word maps, asked about a few tokens each) keep them.
/// </remarks>
internal sealed class WordFilter
{
    /// <summary>The keys of <see cref="KeysOf"/> that stand for "no key": their bit is set in every
    /// <see cref="JointKeyBitmap"/> from the start, so that a token without keys passes without a test of its own.</summary>
    internal const uint NoKey = 0;

    private readonly ulong[] _bitmap = new ulong[(1 << 15) / 64];

    // The same over the second and second-to-last characters, for words of three characters or more.
    private readonly ulong[] _innerBitmap = new ulong[(1 << 15) / 64];

    private readonly JointKeyBitmap _jointBitmap = JointKeyBitmap.Create();

    public void Add(ReadOnlySpan<char> word)
    {
        if (HasCharFoldingToAscii(word))
        {
            // Such a word equals tokens whose keys differ from its own: every token passes.
            Array.Fill(_bitmap, ulong.MaxValue);
            Array.Fill(_innerBitmap, ulong.MaxValue);
        }

        if (TryKey(word, out var key))
        {
            _bitmap[key >> 6] |= 1UL << key;
        }

        if (word.Length >= 3 && TryInnerKey(word, out var inner))
        {
            _innerBitmap[inner >> 6] |= 1UL << inner;
        }

        _jointBitmap.Add(word);
    }

    /// <summary>False only when no added word can equal <paramref name="token"/>, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> token) =>
        !TryKey(token, out var key)
        || ((_bitmap[key >> 6] & (1UL << key)) != 0
            && (token.Length < 3 || !TryInnerKey(token, out var inner) || (_innerBitmap[inner >> 6] & (1UL << inner)) != 0));

    /// <summary>As <see cref="MayContain(ReadOnlySpan{char})"/>, for a token whose <see cref="KeysOf"/> are <paramref name="keys"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(uint keys) => _jointBitmap.MayContain(JointKeyBitmap.BitOf(keys));

    /// <summary>
    /// <see cref="TryKey"/> in the low 16 bits and <see cref="TryInnerKey"/> in the high 16; the inner one
    /// <see cref="NoKey"/> for a word of fewer than three characters, and both where either is false. Words equal
    /// ignoring case have equal keys unless one has a character folding to ASCII (<see cref="Add"/> then lets every
    /// token pass), and a token with a non-ASCII character at either end or next to it has no keys at all: such a
    /// character may equal an ASCII one ignoring case ("rſported", "rsported"), and its keys would say nothing of it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint KeysOf(ReadOnlySpan<char> word)
    {
        if (!TryKey(word, out var key))
        {
            return NoKey;
        }

        if (word.Length < 3)
        {
            return (uint)key;
        }

        return TryInnerKey(word, out var inner) ? (uint)key | ((uint)inner << 16) : NoKey;
    }

    /// <summary>As <see cref="KeysOf"/>, for a token of ASCII characters only, which needs no test of its characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint KeysOfAscii(ReadOnlySpan<char> word)
    {
        // Without a branch on the length, which short words make unpredictable: a word of one or two characters
        // reads its own characters as the inner ones, and its inner key is masked out.
        ref var first = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(word);
        var length = word.Length;
        var second = Unsafe.Add(ref first, (int)((uint)(1 - length) >> 31));
        var penultimate = Unsafe.Add(ref first, length - 2 + (int)((uint)(length - 2) >> 31));
        var lengthBits = (uint)Math.Min(length, 31);
        var key = ((first & 0x1Fu) << 10) | ((Unsafe.Add(ref first, length - 1) & 0x1Fu) << 5) | lengthBits;
        var inner = ((second & 0x1Fu) << 10) | ((penultimate & 0x1Fu) << 5) | lengthBits;
        return key | ((inner & (uint)((2 - length) >> 31)) << 16);
    }

    /// <summary>As <see cref="KeysOf"/>, for a token of one ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint KeysOfAsciiChar(char c) => ((c & 0x1Fu) << 10) | ((c & 0x1Fu) << 5) | 1;

    /// <summary>
    /// 15 bits: the low 5 bits of the first and last characters (the same for an ASCII letter in either case)
    /// and the length up to 31; false when the first or last character is not ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryKey(ReadOnlySpan<char> word, out int key)
    {
        var first = word[0];
        var last = word[^1];
        key = ((first & 0x1F) << 10) | ((last & 0x1F) << 5) | Math.Min(word.Length, 31);
        return char.IsAscii(first) && char.IsAscii(last);
    }

    /// <summary>As <see cref="TryKey"/>, over the second and second-to-last characters of a word of three or more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryInnerKey(ReadOnlySpan<char> word, out int key)
    {
        var second = word[1];
        var penultimate = word[^2];
        key = ((second & 0x1F) << 10) | ((penultimate & 0x1F) << 5) | Math.Min(word.Length, 31);
        return char.IsAscii(second) && char.IsAscii(penultimate);
    }

    /// <summary>Some character of <paramref name="word"/> is a non-ASCII one equal to an ASCII one, ignoring case.</summary>
    internal static bool HasCharFoldingToAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAscii(c) && FoldsToAscii(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A non-ASCII character equal to an ASCII one, ignoring case.</summary>
    internal static bool FoldsToAscii(char c)
    {
        Span<char> pair = [c, '\0'];
        for (var ascii = 0; ascii < 128; ascii++)
        {
            pair[1] = (char)ascii;
            if (pair[..1].Equals(pair[1..], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
