namespace AnnotationSdk.Engine.Attribution;

/// <summary>An attribution about to be made: the cue, its source, the quotes it introduces and the rule that found it.</summary>
internal sealed class PendingAttribution(CueHit cue, SourceMention source, string rule)
{
    public CueHit Cue { get; } = cue;

    public SourceMention Source { get; } = source;

    public string Rule { get; } = rule;

    public List<Model.QuoteAnnotation> Quotes { get; } = [];
}
