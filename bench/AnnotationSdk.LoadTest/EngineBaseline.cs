using System.Diagnostics;
using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Server.Documents;

namespace AnnotationSdk.LoadTest;

/// <summary>The engine in this process, one thread, on the same articles: the yardstick for AnnotateStream.</summary>
internal static class EngineBaseline
{
    public static double MegabytesPerSecond(LoadWork work, TimeSpan warmup, TimeSpan duration)
    {
        // The engine is asked what the server asks it: the kinds and the reference date its validator reads from a request
        // (every request of a run carries the same).
        var request = work.Items[0].Request;
        var validated = new RequestValidator(new AnnotationServerOptions()).Validate(request.Document, request.Kinds, request.OffsetUnit);
        var options = new AnnotateOptions(validated.ReferenceDate, validated.Kinds);
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
