using System.Text;

namespace AnnotationSdk.V1;

/// <summary>
/// Converts positions in one text between UTF-16 code units, UTF-8 bytes and Unicode code points.
/// Built once per text in one pass; each conversion is then a binary search (UTF-16 → other units), O(1) for UTF-8
/// in texts without non-ASCII characters and for code points in texts without surrogate pairs (most news). An unpaired
/// surrogate counts as one code point and as the three bytes of U+FFFD, which is what every UTF-8 encoder writes for it.
/// </summary>
public sealed class OffsetMap
{
    // For each non-ASCII UTF-16 position p (sorted): the extra UTF-8 bytes accumulated strictly before p. Positions
    // between checkpoints shift by the last checkpoint's amount.
    private readonly int[] _utf16Positions;
    private readonly int[] _extraUtf8Bytes;

    // The UTF-16 position just after each surrogate pair (sorted): only pairs shift code points against UTF-16, each
    // by one, and most texts have none, so code point conversions search this list alone, usually empty.
    private readonly int[] _pairEnds;

    public OffsetMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Utf16Length = text.Length;
        var positions = new List<int>();
        var extraBytes = new List<int>();
        var pairEnds = new List<int>();
        var extra = 0;
        for (var i = NextNonAscii(text, 0); i >= 0; i = NextNonAscii(text, i + 1))
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                extra += 4 - 2; // 4 UTF-8 bytes for 2 UTF-16 units
                i++;
                pairEnds.Add(i + 1);
            }
            else
            {
                extra += (c < 0x800 ? 2 : 3) - 1;
            }

            positions.Add(i + 1);
            extraBytes.Add(extra);
        }

        _utf16Positions = positions.ToArray();
        _extraUtf8Bytes = extraBytes.ToArray();
        _pairEnds = pairEnds.ToArray();
    }

    public int Utf16Length { get; }

    // ASCII shifts no unit against another, and most of a text is ASCII: its runs are skipped a vector at a time.
    private static int NextNonAscii(string text, int start)
    {
        var found = text.AsSpan(start).IndexOfAnyExceptInRange('\0', '\u007f');
        return found < 0 ? -1 : start + found;
    }

    /// <summary>Converts a UTF-16 position (0..Length) to <paramref name="unit"/>. UNSPECIFIED means code points.</summary>
    public int FromUtf16(int position, OffsetUnit unit)
    {
        if ((uint)position > (uint)Utf16Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, $"Position must be within 0..{Utf16Length}.");
        }

        switch (unit)
        {
            case OffsetUnit.Utf16CodeUnit:
                return position;
            case OffsetUnit.Utf8Byte:
                var checkpoint = LastCheckpointAtOrBefore(_utf16Positions, position);
                return position + (checkpoint < 0 ? 0 : _extraUtf8Bytes[checkpoint]);
            default:
                return _pairEnds.Length == 0 ? position : position - (LastCheckpointAtOrBefore(_pairEnds, position) + 1);
        }
    }

    /// <summary>Converts a position in <paramref name="unit"/> back to UTF-16. Positions inside a character round down to its start.</summary>
    public int ToUtf16(int position, OffsetUnit unit)
    {
        if (unit == OffsetUnit.Utf16CodeUnit)
        {
            return Math.Clamp(position, 0, Utf16Length);
        }

        // Binary search over UTF-16 positions: FromUtf16 is monotonic.
        int low = 0, high = Utf16Length;
        while (low < high)
        {
            var mid = low + ((high - low + 1) / 2);
            if (FromUtf16(mid, unit) <= position)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private static int LastCheckpointAtOrBefore(int[] positions, int position)
    {
        var index = Array.BinarySearch(positions, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Length of <paramref name="text"/> in <paramref name="unit"/>.</summary>
    public static int LengthIn(string text, OffsetUnit unit) => unit switch
    {
        OffsetUnit.Utf16CodeUnit => text.Length,
        OffsetUnit.Utf8Byte => Encoding.UTF8.GetByteCount(text),
        _ => new OffsetMap(text).FromUtf16(text.Length, unit),
    };
}
