namespace AnnotationSdk.Engine.Dates;

/// <summary>Which side of the publication date a partial date falls on, as the sentence suggests.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Future,
}
