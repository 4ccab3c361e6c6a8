namespace AnnotationSdk.Engine.Attribution;

/// <summary>A cue in the text: tokens [First, End) and how it relates to its source.</summary>
internal readonly record struct CueHit(int First, int End, CueKind Kind);
