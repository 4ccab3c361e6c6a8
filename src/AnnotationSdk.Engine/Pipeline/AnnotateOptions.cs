using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Pipeline;

/// <summary>Per-document options.</summary>
/// <param name="ReferenceDate">The publication date relative dates resolve against.</param>
/// <param name="Kinds">The kinds to return. All annotators still run, since later ones build on earlier ones.</param>
public sealed record AnnotateOptions(DateOnly ReferenceDate, AnnotationKinds Kinds = AnnotationKinds.All);
