namespace AnnotationSdk.Snapshots.Tests;

/// <summary>The engine and server suites write the same snapshot files when regenerating: never at the same time.</summary>
[CollectionDefinition(Name)]
public sealed class SnapshotFiles
{
    public const string Name = "snapshots";
}
