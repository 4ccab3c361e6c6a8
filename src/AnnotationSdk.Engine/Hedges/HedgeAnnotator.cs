using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Hedges;

/// <summary>Placeholder until the hedges rules land: finds nothing, honestly.</summary>
public sealed class HedgeAnnotator : IAnnotator
{
    public string Name => "hedges";

    public void Annotate(AnnotationContext context)
    {
    }
}
