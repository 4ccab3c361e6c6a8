using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Model;

public enum HedgeCategory
{
    Epistemic,
    Doxastic,
    Shield,
    Reported,
    Unsourced,
    Approximator,
}

/// <summary>A word or phrase that signals doubt, distance or vagueness.</summary>
public sealed class HedgeAnnotation(TextSpan span, HedgeCategory category, string rule, float confidence = 0.8f)
    : EngineAnnotation(span, rule, confidence)
{
    public override AnnotationKinds Kind => AnnotationKinds.Hedge;

    public HedgeCategory Category { get; set; } = category;

    /// <summary>The quote the hedge sits in: the speaker's doubt, not the outlet's.</summary>
    public QuoteAnnotation? Quote { get; set; }
}
