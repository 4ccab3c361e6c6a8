namespace AnnotationSdk.Engine.Tests.Dates;

/// <summary>Date-shaped garbage never throws and never yields a span outside the text.</summary>
public class DateRobustnessTests
{
    [Theory]
    [InlineData("0000-05 and 0000-00-00 and 00/00/0000 and 9999-12-31 and 12/31/9999")]
    [InlineData("Dec. 31, 9999, Jan. 1, 1000 and the 2999 fourth quarter of next year")]
    [InlineData("last last last next this coming the the the following following")]
    [InlineData("every other every each each other a a a per per")]
    [InlineData("nineteen twenty nineteen ninety-nine twenty twenty twenty-twenty")]
    [InlineData("May May May March March 31st 32nd 0th 99th century 0th century")]
    [InlineData("mid- early- late-9999 mid-Smarch the-end-of")]
    [InlineData("10:99 p.m. 13 a.m. 0 p.m. 25:00 noon noon midnight EST EST")]
    [InlineData("Friday's Friday’s ’s 's Q0 Q5 Q3Q3 third-quarter-quarter")]
    public void Odd_date_shapes_are_safe(string text)
    {
        foreach (var reference in new[] { DateAssert.Reference, DateOnly.MinValue, DateOnly.MaxValue })
        {
            var dates = DateAssert.Dates(text, reference);
            Assert.All(dates, d => Assert.True(d.Span.Start >= 0 && d.Span.End <= text.Length && d.Span.Start < d.Span.End));
        }
    }
}
