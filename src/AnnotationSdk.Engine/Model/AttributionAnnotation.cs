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
public sealed class AttributionAnnotation(TextSpan source, TextSpan cue, string rule, float confidence = 0.8f)
    : EngineAnnotation(source, rule, confidence)
{
    public override AnnotationKinds Kind => AnnotationKinds.Attribution;

    /// <summary>The speech verb or phrase: "said", "told journalists", "according to".</summary>
    public TextSpan Cue { get; set; } = cue;

    /// <summary>Canonical speaker name after resolving pronouns and short names; empty when unknown.</summary>
    public string Speaker { get; set; } = string.Empty;

    public SourceType SourceType { get; set; } = SourceType.Unspecified;

    public List<QuoteAnnotation> Quotes { get; } = [];
}
