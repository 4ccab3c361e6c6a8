using System.Diagnostics;
using System.Globalization;

namespace AnnotationSdk.LoadTest;

/// <summary>Counts requests started and completed inside the measured window, their input bytes and latencies, thread-safely.</summary>
internal sealed class LatencyRecorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _milliseconds = [];
    private long _bytes;
    private long _failures;
    private long _measuredStart;
    private long _measuredEnd;
    private TimeSpan _cpuStart;
    private TimeSpan _cpuEnd;

    public bool Measuring { get; private set; }

    public void Start()
    {
        lock (_gate)
        {
            Measuring = true;
            _measuredStart = Stopwatch.GetTimestamp();
            _cpuStart = Environment.CpuUsage.TotalTime;
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            Measuring = false;
            _measuredEnd = Stopwatch.GetTimestamp();
            _cpuEnd = Environment.CpuUsage.TotalTime;
        }
    }

    public void Record(long startTimestamp, int inputBytes, bool ok)
    {
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        lock (_gate)
        {
            // Only requests that started inside the measured window: a backlog left by the warm-up is not this window's latency.
            if (!Measuring || startTimestamp < _measuredStart)
            {
                return;
            }

            if (!ok)
            {
                _failures++;
                return;
            }

            _milliseconds.Add(elapsed);
            _bytes += inputBytes;
        }
    }

    public double MegabytesPerSecond => _bytes / 1e6 / Seconds;

    public double PerSecond => _milliseconds.Count / Seconds;

    private double Seconds => Stopwatch.GetElapsedTime(_measuredStart, _measuredEnd).TotalSeconds;

    public string Summary(string unitName)
    {
        lock (_gate)
        {
            _milliseconds.Sort();
            var count = _milliseconds.Count;
            return string.Create(CultureInfo.InvariantCulture,
                $"{count} {unitName} ok, {_failures} failed in {Seconds:0.0} s: {count / Seconds:0.0} {unitName}/s, {MegabytesPerSecond:0.00} MB/s; " +
                $"latency p50 {Percentile(0.50):0.00} ms, p90 {Percentile(0.90):0.00} ms, p99 {Percentile(0.99):0.00} ms, max {Percentile(1):0.00} ms; " +
                $"this process's CPU {(_cpuEnd - _cpuStart).TotalMilliseconds / Math.Max(1, count):0.000} ms per {Singular(unitName)}");
        }
    }

    private static string Singular(string unitName) => unitName.TrimEnd('s');

    // Nearest rank: the smallest latency that p of the requests did not exceed.
    private double Percentile(double p) =>
        _milliseconds.Count == 0 ? double.NaN : _milliseconds[Math.Clamp((int)Math.Ceiling(p * _milliseconds.Count) - 1, 0, _milliseconds.Count - 1)];
}
