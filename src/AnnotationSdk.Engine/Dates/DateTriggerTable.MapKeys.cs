using System.Runtime.CompilerServices;
using AnnotationSdk.Engine.Lexicons;

namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// The pass's first test of a token, before the map: one probe of the map words' <see cref="JointKeyBitmap"/>, at the
/// bit that also indexes the short words. The map's own filter, asked by text, tests the two keys in two bitmaps and
/// passes tokens made of two words' halves: in news text one token in fifty passed it and was no word of the map.
/// </summary>
internal sealed partial class DateTriggerTable
{
    /// <summary>The words of the map.</summary>
    private readonly JointKeyBitmap _mapKeys;

    /// <summary>The words read after a lead or an opening with no flag of their own ("the end of", "at least"): after
    /// "the", "a" or "at", most tokens are none of them, and need not be looked for in its few words.</summary>
    private readonly JointKeyBitmap _continuationKeys;

    /// <summary>False only when no word of the map has filter keys of the bit <paramref name="keyBit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBeInMap(int keyBit) => _mapKeys.MayContain(keyBit);

    /// <summary>False only when no word read after a lead or an opening has filter keys of the bit <paramref name="keyBit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayContinue(int keyBit) => _continuationKeys.MayContain(keyBit);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MapKeyBit(uint filterKeys) => JointKeyBitmap.BitOf(filterKeys);
}
