namespace AnnotationSdk.Engine.Dates;

/// <summary>Which side of the publication date a partial date falls on, as the sentence suggests.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Future,

    /// <summary>A present-tense auxiliary ("is", "being"): no direction of its own; it makes the participle after it passive.</summary>
    Present,

    /// <summary>A word of planning ("planned", "supposed"): what it governs lies ahead, so a date after it is in the
    /// future; a date before it ("On Friday, the government planned…") dates the planning, which is past.</summary>
    Plan,
}
