using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Dates;

/// <summary>Runs the engine on a fixture sentence and finds dates by their exact text.</summary>
internal static class DateAssert
{
    public static readonly DateOnly Reference = new(2025, 4, 30);

    public static IReadOnlyList<DateAnnotation> Dates(string text, DateOnly? reference = null) =>
        AnnotationEngine.Default.Annotate(text, new AnnotateOptions(reference ?? Reference)).Dates.ToList();

    /// <summary>The one date whose span reads exactly <paramref name="span"/>; fails listing what was found otherwise.</summary>
    public static DateAnnotation Single(string text, string span, DateOnly? reference = null)
    {
        var dates = Dates(text, reference);
        var matching = dates.Where(d => text[d.Span.Start..d.Span.End] == span).ToList();
        Assert.True(matching.Count == 1, $"Expected one date '{span}', found: {Describe(text, dates)}");
        return matching[0];
    }

    public static void Value(string text, string span, string value, DateOnly? reference = null, TemporalType type = TemporalType.Date)
    {
        var date = Single(text, span, reference);
        Assert.Equal(value, date.Value);
        Assert.Equal(type, date.Type);
    }

    public static void None(string text, DateOnly? reference = null)
    {
        var dates = Dates(text, reference);
        Assert.True(dates.Count == 0, $"Expected no date, found: {Describe(text, dates)}");
    }

    public static string Describe(string text, IEnumerable<DateAnnotation> dates) =>
        string.Join("; ", dates.Select(d => $"'{text[d.Span.Start..d.Span.End]}' {d.Type} {d.Value} {d.Mod}"));
}
