using AnnotationSdk.Engine.Hedges;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Hedges;

/// <summary>Runs the hedge annotator alone, as the last link of the chain would, and renders what it found.</summary>
internal static class HedgeFixture
{
    public static readonly DateOnly Reference = new(2025, 4, 30);

    public static AnnotationContext Context(string text) => new(text, Reference);

    public static List<HedgeAnnotation> Run(AnnotationContext context)
    {
        new HedgeAnnotator().Annotate(context);
        return context.Hedges;
    }

    /// <summary>Each hedge as "Category: covered text".</summary>
    public static string[] Hedges(string text)
    {
        var context = Context(text);
        return Run(context).Select(h => $"{h.Category}: {text[h.Span.Start..h.Span.End]}").ToArray();
    }
}
