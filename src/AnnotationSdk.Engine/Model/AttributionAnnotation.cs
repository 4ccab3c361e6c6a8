using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Model;

public enum SourceType
{
    Unspecified,
    Person,
    Organization,
    Anonymous,
    Document,
}

/// <summary>A source mention ("he", "Zakharova", "One source") with its cue, linked to the quotes it introduces.</summary>
public sealed class AttributionAnnotation : EngineAnnotation
{
    public AttributionAnnotation(TextSpan source, TextSpan cue, string rule, float confidence = DefaultConfidence)
        : this(source, cue, rule, confidence, [])
    {
    }

    internal const float DefaultConfidence = 0.8f;

    /// <param name="quotes">The list <see cref="Quotes"/> is, taken over from the attribution's finder rather than copied.</param>
    internal AttributionAnnotation(TextSpan source, TextSpan cue, string rule, float confidence, List<QuoteAnnotation> quotes)
        : base(source, rule, confidence)
    {
        Cue = cue;
        Quotes = quotes;
    }

    public override AnnotationKinds Kind => AnnotationKinds.Attribution;

    /// <summary>The speech verb or phrase: "said", "told journalists", "according to".</summary>
    public TextSpan Cue { get; set; }

    /// <summary>Canonical speaker name after resolving pronouns and short names; empty when unknown.</summary>
    public string Speaker { get; set; } = string.Empty;

    public SourceType SourceType { get; set; } = SourceType.Unspecified;

    public List<QuoteAnnotation> Quotes { get; }
}
