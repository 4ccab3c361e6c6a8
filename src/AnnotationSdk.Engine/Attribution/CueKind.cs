namespace AnnotationSdk.Engine.Attribution;

/// <summary>The tag of a cue lexicon entry: how the cue relates to its source.</summary>
internal enum CueKind
{
    /// <summary>Says something; the source is its subject ("he said") or follows it ("said Smith").</summary>
    Speech,

    /// <summary>Holds a belief or intention ("she believes"); needs a clear subject.</summary>
    Attitude,

    /// <summary>A document or poll shows something ("the poll found").</summary>
    Evidence,

    /// <summary>The source follows the cue ("according to X").</summary>
    Source,

    /// <summary>A noun of saying owned by its source ("Smith’s claim that", "his remarks").</summary>
    Noun,

    /// <summary>Starts with a cue word but reports nothing ("continues to", "thanks to"); hides the shorter cue inside it.</summary>
    None,
}
