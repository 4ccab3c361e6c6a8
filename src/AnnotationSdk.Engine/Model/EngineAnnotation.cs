using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Model;

/// <summary>What every annotation has: where it is, how sure the rule is, and which rule made it.</summary>
public abstract class EngineAnnotation
{
    protected EngineAnnotation(TextSpan span, string rule, float confidence)
    {
        Span = span;
        Rule = rule;
        Confidence = confidence;
    }

    public abstract AnnotationKinds Kind { get; }

    /// <summary>UTF-16 span in the document text.</summary>
    public TextSpan Span { get; set; }

    /// <summary>Name of the rule that fired, for debugging and snapshot review.</summary>
    public string Rule { get; set; }

    public float Confidence { get; set; }

    /// <summary>"q1", "a1", "d1", "h1"…: assigned when the engine finishes, in text order per kind.</summary>
    public string Id { get; internal set; } = string.Empty;
}
