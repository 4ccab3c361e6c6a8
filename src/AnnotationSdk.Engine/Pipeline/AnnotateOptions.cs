using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Pipeline;

/// <summary>Per-document options.</summary>
/// <param name="ReferenceDate">The publication date relative dates resolve against.</param>
/// <param name="Kinds">The kinds to return. Only the annotators they need run (<see cref="IAnnotator.NeededFor"/>): dates
/// alone take about half the time of all four kinds.</param>
public sealed record AnnotateOptions(DateOnly ReferenceDate, AnnotationKinds Kinds = AnnotationKinds.All);
