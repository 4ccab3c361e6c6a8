using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AnnotationSdk.Engine.Text;

/// <summary>
/// Where a run of ASCII letters and digits ends, read from a bit mask of the next 64 characters that is worked out
/// once for the several words in them: a vector search per word cost two calls and its set-up each time, for runs of
/// five characters on average.
/// </summary>
internal struct AsciiWordRuns(string text)
{
    private const int BlockLength = 64;

    // No block read yet: every position is outside [_blockStart, _blockStart + 64).
    private int _blockStart = -BlockLength;

    // Bit k: the character at _blockStart + k is an ASCII letter or digit (never set past the end of the text).
    private ulong _mask;

    /// <summary>The first position at or after <paramref name="i"/> that is not an ASCII letter or digit, or the text's length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int EndOfRun(int i)
    {
        while (true)
        {
            var offset = i - _blockStart;
            if ((uint)offset < BlockLength)
            {
                var others = ~_mask >> offset;
                if (others != 0)
                {
                    return i + BitOperations.TrailingZeroCount(others);
                }

                i = _blockStart + BlockLength;
            }

            if (i >= text.Length)
            {
                return text.Length;
            }

            Read(i);
        }
    }

    // Inlined, as the block's vector search and its tail are: a call left on this path, taken once in 64 characters,
    // made the tokenizer's loop over common tokens keep its counters on the stack (a new block costs a little more code).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Read(int start)
    {
        _blockStart = start;
        _mask = text.Length - start >= BlockLength ? FullBlock(text, start) : Tail(text, start);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FullBlock(string text, int start)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
        var mask = 0UL;
        for (var k = 0; k < BlockLength; k += 16)
        {
            // Narrowed with saturation, a character above 255 becomes 255: like every byte above 127, neither a letter nor a digit.
            var bytes = Vector128.NarrowWithSaturation(Vector128.LoadUnsafe(ref first, (nuint)k), Vector128.LoadUnsafe(ref first, (nuint)k + 8));
            var digit = Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
            var letter = Vector128.LessThanOrEqual((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')));
            mask |= (ulong)(digit | letter).ExtractMostSignificantBits() << k;
        }

        return mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Tail(string text, int start)
    {
        var mask = 0UL;
        for (var k = 0; start + k < text.Length; k++)
        {
            if (char.IsAsciiLetterOrDigit(text[start + k]))
            {
                mask |= 1UL << k;
            }
        }

        return mask;
    }
}
