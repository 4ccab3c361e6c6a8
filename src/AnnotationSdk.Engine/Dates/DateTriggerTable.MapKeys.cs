using System.Runtime.CompilerServices;
using AnnotationSdk.Engine.Lexicons;

namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// The pass's first test of a token, before the map: the map's own filter tests the token's two keys (first and last
/// letters, inner letters) each in a bitmap of its own, and passes a token whose keys each belong to some word of the
/// map, not both to the same one; in news text one token in fifty passed it and was no word of the map. A token can
/// equal a word, ignoring case, only if its <see cref="WordFilter.KeysOf"/> are the word's: both keys, hashed to one bit,
/// are tested in one probe.
/// </summary>
internal sealed partial class DateTriggerTable
{
    private const int MapKeyBits = 1 << 16;

    /// <summary>A bit for each <see cref="WordFilter.KeysOf"/> of a word of the map, at <see cref="MapKeyBit"/>.</summary>
    private readonly ulong[] _mapKeys;

    /// <summary>The same for the words read after a lead or an opening with no flag of their own ("the end of", "at
    /// least"): after "the", "a" or "at", most tokens are none of them, and need not be looked for in its few words.</summary>
    private readonly ulong[] _continuationKeys;

    private static ulong[] KeyBitsOf(IEnumerable<string> words)
    {
        var bits = new ulong[MapKeyBits / 64];
        foreach (var word in words)
        {
            if (WordFilter.HasCharFoldingToAscii(word))
            {
                // Such a word equals tokens whose keys differ from its own: every token passes.
                Array.Fill(bits, ulong.MaxValue);
            }

            var bit = MapKeyBit(WordFilter.KeysOf(word));
            bits[bit >> 6] |= 1UL << bit;
        }

        return bits;
    }

    /// <summary>False only when no word of the map has filter keys of the bit <paramref name="keyBit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBeInMap(int keyBit) => (_mapKeys[keyBit >> 6] & (1UL << keyBit)) != 0;

    /// <summary>False only when no word read after a lead or an opening has filter keys of the bit <paramref name="keyBit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayContinue(int keyBit) => (_continuationKeys[keyBit >> 6] & (1UL << keyBit)) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MapKeyBit(uint filterKeys) => (int)((filterKeys * 0x9E3779B1u) >> 16);
}
