namespace AnnotationSdk.Engine.Attribution;

/// <summary>An attribution about to be made: the cue, its source, the quotes it introduces and the rule that found it.</summary>
internal sealed class PendingAttribution(CueHit cue, SourceMention source, string rule)
{
    public CueHit Cue { get; } = cue;

    public SourceMention Source { get; } = source;

    public string Rule { get; } = rule;

    /// <summary>Becomes the attribution's own <see cref="Model.AttributionAnnotation.Quotes"/>. Every attribution found
    /// introduces a quote, most of them one: room for one, where a list's first add made room for four.</summary>
    public List<Model.QuoteAnnotation> Quotes { get; } = new(1);
}
