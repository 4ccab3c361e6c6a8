using System.Runtime.CompilerServices;

namespace AnnotationSdk.Engine.Lexicons;

/// <summary>
/// Words' two <see cref="WordFilter.KeysOf"/> together, hashed to one bit (<see cref="BitOf"/>): a token whose keys'
/// bit is clear equals none of the words, ignoring case. It never rejects a token that could: a token without keys
/// (<see cref="WordFilter.NoKey"/>) always passes, and if a word has a character folding to ASCII every token passes.
/// A struct over its bits, so that a filter or table holding one reads them with no further load.
/// </summary>
internal readonly struct JointKeyBitmap
{
    private const int Bits = 1 << 16;

    private readonly ulong[] _bits;

    private JointKeyBitmap(ulong[] bits) => _bits = bits;

    public static JointKeyBitmap Create()
    {
        var bitmap = new JointKeyBitmap(new ulong[Bits / 64]);
        bitmap.Set(BitOf(WordFilter.NoKey));
        return bitmap;
    }

    public static JointKeyBitmap Of(IEnumerable<string> words)
    {
        var bitmap = Create();
        foreach (var word in words)
        {
            bitmap.Add(word);
        }

        return bitmap;
    }

    public void Add(ReadOnlySpan<char> word)
    {
        if (WordFilter.HasCharFoldingToAscii(word))
        {
            // Such a word equals tokens whose keys differ from its own.
            Array.Fill(_bits, ulong.MaxValue);
        }

        Set(BitOf(WordFilter.KeysOf(word)));
    }

    /// <summary>The keys multiplied by the golden ratio's 32-bit constant, top 16 bits kept.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int BitOf(uint keys) => (int)((keys * 0x9E3779B1u) >> 16);

    /// <summary>False only when no word added has keys of the bit <paramref name="bit"/> (from <see cref="BitOf"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(int bit) => (_bits[bit >> 6] & (1UL << bit)) != 0;

    private void Set(int bit) => _bits[bit >> 6] |= 1UL << bit;
}
