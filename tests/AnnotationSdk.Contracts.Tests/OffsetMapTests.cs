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
    public void Long_ascii_runs_between_other_characters_keep_every_shift()
    {
        // Runs longer than any vector, of lengths that end at and off vector boundaries, around each kind of character.
        var text = new string('a', 70) + "é" + new string('b', 31) + "😀" + new string('c', 16) + "—" + "\u00a0" + new string('d', 33) + "🇺🇦" + "\uD800" + new string('e', 9);
        var map = new OffsetMap(text);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                continue; // not a character boundary
            }

            var prefix = text[..i];
            Assert.Equal(Encoding.UTF8.GetByteCount(prefix), map.FromUtf16(i, OffsetUnit.Utf8Byte));
            Assert.Equal(prefix.EnumerateRunes().Count(), map.FromUtf16(i, OffsetUnit.CodePoint));
        }
    }

    [Fact]
    public void Without_surrogate_pairs_code_points_are_utf16_positions_and_utf8_still_shifts()
    {
        var text = "“Café”, he said — ok\uD800.";
        var map = new OffsetMap(text);
        for (var i = 0; i <= text.Length; i++)
        {
            Assert.Equal(i, map.FromUtf16(i, OffsetUnit.CodePoint));
            Assert.Equal(Encoding.UTF8.GetByteCount(text[..i]), map.FromUtf16(i, OffsetUnit.Utf8Byte));
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
