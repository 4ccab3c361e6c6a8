using System.Diagnostics;
using System.Runtime;

namespace AnnotationSdk.LoadTest;

/// <summary>
/// The warm-up of a load run: at least the time asked, then until the JIT is done. Under load the JIT keeps
/// recompiling hot methods with their profiles (tiered compilation) for 6 to 15 seconds more on this host, and a window
/// measured while it does counts its CPU against the server (README, "Performance").
/// </summary>
internal static class JitWarmup
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    /// <summary>Waits while <paramref name="load"/> runs; returns how long it waited and whether the JIT went quiet.</summary>
    public static async Task<(TimeSpan Elapsed, bool Settled)> WaitAsync(Task load, TimeSpan minimum)
    {
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAny(load, Task.Delay(minimum)).ConfigureAwait(false);
        while (!load.IsCompleted)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            await Task.WhenAny(load, Task.Delay(Quiet)).ConfigureAwait(false);
            if (JitInfo.GetCompiledMethodCount() == compiled)
            {
                return (Stopwatch.GetElapsedTime(started), true);
            }

            if (Stopwatch.GetElapsedTime(started) >= Longest)
            {
                return (Stopwatch.GetElapsedTime(started), false);
            }
        }

        return (Stopwatch.GetElapsedTime(started), true);
    }
}
