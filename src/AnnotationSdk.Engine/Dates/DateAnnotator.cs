using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Dates;

/// <summary>Placeholder until the dates rules land: finds nothing, honestly.</summary>
public sealed class DateAnnotator : IAnnotator
{
    public string Name => "dates";

    public void Annotate(AnnotationContext context)
    {
    }
}
