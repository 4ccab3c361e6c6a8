using System.Runtime.CompilerServices;

namespace AnnotationSdk.Engine.Lexicons;

/// <summary>
/// A 64-bit pre-check before hashing a word into a small case-insensitive set that changes or is one of thousands
/// (a phrase trie's children, the names met so far in a document), where a <see cref="WordFilter"/>'s kilobytes do not
/// pay: one bit per length and first letter. It never rejects a word that could be in the set.
/// </summary>
internal struct InitialMask
{
    private ulong _bits;

    public void Add(ReadOnlySpan<char> word) => _bits |= BitOf(word);

    /// <summary>False only when no added word can equal <paramref name="word"/>, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool MayContain(ReadOnlySpan<char> word) => (_bits & BitOf(word)) != 0;

    /// <summary>Words equal ignoring case have the same length and, when the first character is ASCII, the same one
    /// with bit 5 set; an empty word or one opening with any other character (the Kelvin sign equals "k") takes every bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong BitOf(ReadOnlySpan<char> word) =>
        word.IsEmpty || !char.IsAscii(word[0]) ? ulong.MaxValue : 1UL << ((word.Length * 7) + (word[0] | 0x20));
}
