namespace AnnotationSdk.Engine.Pipeline;

/// <summary>One step of the engine's chain. Reads the shared context, adds its own annotations to it.</summary>
public interface IAnnotator
{
    /// <summary>A short name for logs and benchmarks ("dates", "quotes"...).</summary>
    string Name { get; }

    /// <summary>Annotates the document in time linear in its length; honours the context's cancellation token.</summary>
    void Annotate(AnnotationContext context);
}
