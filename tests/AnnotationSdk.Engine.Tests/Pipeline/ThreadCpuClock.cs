using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace AnnotationSdk.Engine.Tests.Pipeline;

/// <summary>
/// Measures the CPU time the current thread spends on an action, with garbage collection held off where the
/// runtime allows it: other processes on a busy machine and collector pauses then do not distort comparisons
/// between input sizes. Falls back to wall-clock time where the thread clock is not available.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static TimeSpan Measure(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var noGc = GC.TryStartNoGCRegion(200_000_000);
        try
        {
            var start = Now();
            action();
            return Now() - start;
        }
        finally
        {
            if (noGc && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
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
