using AnnotationSdk.Client;
using AnnotationSdk.V1;

namespace AnnotationSdk.Client.Tests;

public class AnnotationExtensionsTests
{
    // "é" is 2 UTF-8 bytes, "🙂" is 2 UTF-16 units, 4 UTF-8 bytes and 1 code point.
    private const string Text = "Café 🙂 \"we will win\" she said.";

    [Theory]
    [InlineData(OffsetUnit.Utf16CodeUnit, 8, 21)]
    [InlineData(OffsetUnit.Utf8Byte, 11, 24)]
    [InlineData(OffsetUnit.CodePoint, 7, 20)]
    [InlineData(OffsetUnit.Unspecified, 7, 20)]
    public void GetText_reads_the_span_in_the_unit_it_was_counted_in(OffsetUnit unit, int start, int end)
    {
        var annotation = new Annotation { Span = new Span { Start = start, End = end } };

        Assert.Equal("\"we will win\"", annotation.GetText(Text, unit));
        Assert.Equal("\"we will win\"", annotation.GetText(new OffsetMap(Text), Text, unit));
    }

    [Fact]
    public void Convert_moves_a_span_between_every_pair_of_units()
    {
        var map = new OffsetMap(Text);
        var utf16 = new Span { Start = 5, End = 21 }; // from the emoji to the closing quote mark
        OffsetUnit[] units = [OffsetUnit.Utf16CodeUnit, OffsetUnit.Utf8Byte, OffsetUnit.CodePoint];

        foreach (var unit in units)
        {
            var converted = map.Convert(utf16, OffsetUnit.Utf16CodeUnit, unit);
            Assert.Equal(utf16, map.Convert(converted, unit, OffsetUnit.Utf16CodeUnit));
            Assert.Equal(Text[5..21], new Annotation { Span = converted }.GetText(Text, unit));
        }

        Assert.Equal(new Span { Start = 5, End = 20 }, map.Convert(utf16, OffsetUnit.Utf16CodeUnit, OffsetUnit.CodePoint));
    }

    [Fact]
    public void ToUtf16_gives_string_positions()
    {
        var (start, end) = new OffsetMap(Text).ToUtf16(new Span { Start = 11, End = 24 }, OffsetUnit.Utf8Byte);

        Assert.Equal("\"we will win\"", Text[start..end]);
    }

    [Theory]
    [InlineData(OffsetUnit.Utf16CodeUnit, 0, 100)]
    [InlineData(OffsetUnit.Utf8Byte, 0, 100)]
    [InlineData(OffsetUnit.CodePoint, -1, 3)]
    [InlineData(OffsetUnit.CodePoint, 5, 3)]
    public void A_span_that_does_not_fit_the_text_is_an_error_not_a_silent_clamp(OffsetUnit unit, int start, int end)
    {
        var annotation = new Annotation { Span = new Span { Start = start, End = end } };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => annotation.GetText(Text, unit));
        Assert.Contains("offset unit", error.Message, StringComparison.Ordinal);
    }
}
