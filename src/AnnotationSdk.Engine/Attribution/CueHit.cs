namespace AnnotationSdk.Engine.Attribution;

/// <summary>A cue in the text: tokens [First, End) and how it relates to its source.</summary>
internal readonly record struct CueHit(int First, int End, CueKind Kind);

/// <summary>An attribution about to be made: the cue, its source, the quotes it introduces and the rule that found it.</summary>
internal sealed class PendingAttribution(CueHit cue, SourceMention source, string rule)
{
    public CueHit Cue { get; } = cue;

    public SourceMention Source { get; } = source;

    public string Rule { get; } = rule;

    public List<Model.QuoteAnnotation> Quotes { get; } = [];
}
