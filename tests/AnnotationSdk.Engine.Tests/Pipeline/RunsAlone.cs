namespace AnnotationSdk.Engine.Tests.Pipeline;

/// <summary>Tests that compare running times run alone, so other tests' threads do not skew the comparison.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Timing";
}
