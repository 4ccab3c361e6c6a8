using System.Diagnostics;
using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.V1;

namespace AnnotationSdk.LoadTest;

/// <summary>The engine in this process, one thread, on the same articles: the yardstick for AnnotateStream.</summary>
internal static class EngineBaseline
{
    public static double MegabytesPerSecond(LoadWork work, TimeSpan warmup, TimeSpan duration)
    {
        var kinds = work.Kinds.Count == 0 ? AnnotationKinds.All : work.Kinds.Aggregate(AnnotationKinds.None, (all, kind) => all | kind switch
        {
            AnnotationKind.Quote => AnnotationKinds.Quote,
            AnnotationKind.Attribution => AnnotationKinds.Attribution,
            AnnotationKind.Date => AnnotationKinds.Date,
            _ => AnnotationKinds.Hedge,
        });
        var options = new AnnotateOptions(new DateOnly(2025, 4, 30), kinds);
        RunFor(work, options, warmup);
        return RunFor(work, options, duration);
    }

    private static double RunFor(LoadWork work, AnnotateOptions options, TimeSpan duration)
    {
        long bytes = 0;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; Stopwatch.GetElapsedTime(started) < duration; i++)
        {
            var item = work.Items[i % work.Items.Count];
            AnnotationEngine.Default.Annotate(item.Request.Document.Text, options);
            bytes += item.Bytes;
        }

        return bytes / 1e6 / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
