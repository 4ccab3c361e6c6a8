using System.Text;
using AnnotationSdk.V1;

namespace AnnotationSdk.Contracts.Tests;

public class OffsetMapTests
{
    // é (2 UTF-8 bytes), — (3 bytes), 😀 (2 UTF-16 units, 4 bytes, 1 code point), 🇺🇦 (two pairs).
    private const string Text = "Café — 😀 ok 🇺🇦!";

    [Fact]
    public void Every_position_maps_to_the_same_prefix_in_each_unit()
    {
        var map = new OffsetMap(Text);
        for (var i = 0; i <= Text.Length; i++)
        {
            if (i > 0 && i < Text.Length && char.IsLowSurrogate(Text[i]))
            {
                continue; // not a character boundary
            }

            var prefix = Text[..i];
            Assert.Equal(Encoding.UTF8.GetByteCount(prefix), map.FromUtf16(i, OffsetUnit.Utf8Byte));
            Assert.Equal(prefix.EnumerateRunes().Count(), map.FromUtf16(i, OffsetUnit.CodePoint));
            Assert.Equal(i, map.FromUtf16(i, OffsetUnit.Utf16CodeUnit));
            Assert.Equal(i, map.ToUtf16(map.FromUtf16(i, OffsetUnit.Utf8Byte), OffsetUnit.Utf8Byte));
            Assert.Equal(i, map.ToUtf16(map.FromUtf16(i, OffsetUnit.CodePoint), OffsetUnit.CodePoint));
        }
    }

    [Fact]
    public void Unspecified_means_code_points()
    {
        var map = new OffsetMap(Text);
        Assert.Equal(map.FromUtf16(Text.Length, OffsetUnit.CodePoint), map.FromUtf16(Text.Length, OffsetUnit.Unspecified));
    }

    [Fact]
    public void An_unpaired_surrogate_is_one_code_point_and_three_bytes()
    {
        var text = "a\uD800b";
        var map = new OffsetMap(text);
        Assert.Equal(3, map.FromUtf16(3, OffsetUnit.CodePoint));
        Assert.Equal(5, map.FromUtf16(3, OffsetUnit.Utf8Byte));
        Assert.Equal(Encoding.UTF8.GetByteCount(text), OffsetMap.LengthIn(text, OffsetUnit.Utf8Byte));
    }

    [Fact]
    public void Rejects_positions_outside_the_text()
    {
        var map = new OffsetMap("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => map.FromUtf16(4, OffsetUnit.Utf8Byte));
    }
}
