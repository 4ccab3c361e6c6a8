using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using AnnotationSdk.Benchmarks.Corpus;
using AnnotationSdk.Engine;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Benchmarks;

/// <summary>
/// `AnnotationSdk.Benchmarks cpu [MEGABYTES] [REPEATS] [--corpus PATH]`: the engine's thread CPU time on one
/// thread, best of REPEATS runs, over the corpus cycled to MEGABYTES of text: the context (tokens, sentences,
/// paragraphs) alone, then the chain up to each annotator. On a shared machine thread CPU time moves far less
/// than wall-clock time; the difference between two steps is what that annotator costs.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static int Run(string[] args)
    {
        var megabytes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 12;
        var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var documents = new List<string>();
        long bytes = 0;
        for (var i = 0; bytes < megabytes * 1_000_000; i++)
        {
            documents.Add(BenchInputs.Corpus[i % BenchInputs.Corpus.Count]);
            bytes += System.Text.Encoding.UTF8.GetByteCount(documents[^1]);
        }

        var mb = bytes / 1e6;
        var options = new AnnotateOptions(new DateOnly(2025, 4, 30));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{BenchInputs.CorpusSource}: {documents.Count} documents, {mb:0.00} MB; thread CPU, best of {repeats}"));
        Report("context (tokens, sentences, paragraphs)", () =>
        {
            foreach (var document in documents)
            {
                _ = new AnnotationContext(document, options.ReferenceDate);
            }
        });

        var chain = AnnotationEngine.Default.Annotators;
        for (var k = 1; k <= chain.Count; k++)
        {
            var engine = new AnnotationEngine(chain.Take(k).ToList());
            Report("engine up to " + chain[k - 1].Name, () =>
            {
                foreach (var document in documents)
                {
                    engine.Annotate(document, options);
                }
            });
        }

        return 0;

        void Report(string name, Action action)
        {
            action();
            var best = double.MaxValue;
            for (var r = 0; r < repeats; r++)
            {
                var start = Now();
                action();
                best = Math.Min(best, Now() - start);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-42} {mb / best,7:0.0} MB/s  {best * 1000 / mb,7:0.0} ms of CPU per MB"));
        }
    }

    private static double Now() =>
        OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTimeId, out var time) == 0
            ? time.Seconds + (time.Nanoseconds / 1e9)
            : Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clockId, out TimeSpec time);
}
