using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Client.Tests.EndToEnd;

/// <summary>Works until the call's token says stop, like a very long document would; for deadline tests.</summary>
internal sealed class WaitingAnnotator : IAnnotator
{
    public string Name => "test-waits";

    public void Annotate(AnnotationContext context)
    {
        context.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(60));
        context.ThrowIfCancellationRequested();
    }
}
