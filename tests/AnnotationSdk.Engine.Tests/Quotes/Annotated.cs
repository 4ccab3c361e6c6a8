using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Quotes;

/// <summary>Runs the default engine on a fixture and finds annotations by the text they cover.</summary>
internal sealed class Annotated
{
    private Annotated(string text, AnnotationResult result)
    {
        Text = text;
        Result = result;
    }

    public string Text { get; }

    public AnnotationResult Result { get; }

    public static Annotated Of(string text) =>
        new(text, AnnotationEngine.Default.Annotate(text, new AnnotateOptions(new DateOnly(2025, 4, 30))));

    public string TextOf(EngineAnnotation annotation) => Text[annotation.Span.Start..annotation.Span.End];

    public string CueOf(AttributionAnnotation attribution) => Text[attribution.Cue.Start..attribution.Cue.End];

    public IReadOnlyList<QuoteAnnotation> Quotes => [.. Result.Quotes];

    public IReadOnlyList<QuoteAnnotation> Marked => [.. Result.Quotes.Where(q => q.Style != QuoteStyle.Indirect)];

    /// <summary>The one quote whose text is <paramref name="quoted"/> (marks included).</summary>
    public QuoteAnnotation Quote(string quoted) => Assert.Single(Result.Quotes, q => TextOf(q) == quoted);

    public AttributionAnnotation AttributionOf(string quoted) =>
        Quote(quoted).Attribution ?? throw new Xunit.Sdk.XunitException($"No attribution for {quoted}");
}
