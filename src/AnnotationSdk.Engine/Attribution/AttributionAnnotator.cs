using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>Placeholder until the attribution rules land: finds nothing, honestly.</summary>
public sealed class AttributionAnnotator : IAnnotator
{
    public string Name => "attribution";

    public void Annotate(AnnotationContext context)
    {
    }
}
