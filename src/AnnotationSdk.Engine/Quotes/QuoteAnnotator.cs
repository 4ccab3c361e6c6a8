using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Quotes;

/// <summary>Placeholder until the quotes rules land: finds nothing, honestly.</summary>
public sealed class QuoteAnnotator : IAnnotator
{
    public string Name => "quotes";

    public void Annotate(AnnotationContext context)
    {
    }
}
