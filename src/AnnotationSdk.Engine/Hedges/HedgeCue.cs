using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Hedges;

/// <summary>What a hedge lexicon entry says: its category, the context rule it needs, and the rule name it reports.</summary>
internal sealed record HedgeCue(HedgeCategory Category, HedgeGuard Guard, string Rule);
