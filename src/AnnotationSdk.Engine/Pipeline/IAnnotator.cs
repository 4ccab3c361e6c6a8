using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Pipeline;

/// <summary>One step of the engine's chain. Reads the shared context, adds its own annotations to it.</summary>
public interface IAnnotator
{
    /// <summary>A short name for logs and benchmarks ("dates", "quotes"...).</summary>
    string Name { get; }

    /// <summary>
    /// The kinds whose answers read what this step adds, its own and those of every later step that builds on it. The
    /// engine skips the step when none of them is asked for, so a caller who wants dates alone does not pay for
    /// attribution. The default, every kind, runs the step always: right for a step whose readers are not known.
    /// </summary>
    AnnotationKinds NeededFor => AnnotationKinds.All;

    /// <summary>
    /// Loads what the step reads (its lexicons and tables) before the first document would (see
    /// <see cref="AnnotationEngine.Prepare"/>). The default loads nothing: right for a step that reads nothing shared, or
    /// whose data is loaded when it is made.
    /// </summary>
    void Prepare()
    {
    }

    /// <summary>Annotates the document in time linear in its length; honours the context's cancellation token.</summary>
    void Annotate(AnnotationContext context);
}
