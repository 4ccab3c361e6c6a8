namespace AnnotationSdk.Cli.Diff;

/// <summary>Writes a corpus diff as it is computed, one document at a time.</summary>
internal interface IDiffWriter
{
    void Write(DocumentDiff diff, ContextWords oldContext, ContextWords newContext);

    void Finish(DiffSummary summary);
}
