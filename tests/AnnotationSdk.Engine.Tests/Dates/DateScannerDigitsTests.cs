using System.Globalization;
using AnnotationSdk.Engine.Dates;

namespace AnnotationSdk.Engine.Tests.Dates;

public class DateScannerDigitsTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("2025")]
    [InlineData("000000000000042")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("99999999999")]
    [InlineData("")]
    [InlineData("12a")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("3,000")]
    [InlineData("١٢")]
    public void Digits_parse_as_int_TryParse_with_no_style(string text)
    {
        var expected = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var expectedValue);
        Assert.Equal(expected, DateScanner.TryDigits(text, out var value));
        Assert.Equal(expectedValue, value);
    }
}
