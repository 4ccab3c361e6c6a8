using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AnnotationSdk.Engine.Tests.Pipeline;

/// <summary>
/// Measures the CPU time the current thread spends on an action: other processes on a busy machine then do not
/// distort comparisons between input sizes. Collections are left to happen as they do in use, so that every run
/// pays for the garbage it makes: a full collection (or a no-GC region) before each run let a small input run without
/// any collection while a large one paid for its own, which alone made a linear path look 12 to 15 times slower at
/// eight times the input. Falls back to wall-clock time where the thread clock is not available.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static TimeSpan Measure(Action action)
    {
        var start = Now();
        action();
        return Now() - start;
    }

    private static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }

        return Stopwatch.GetElapsedTime(0);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clockId, out TimeSpec time);
}
