using System.Globalization;
using AnnotationSdk.Benchmarks.Corpus;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AnnotationSdk.Benchmarks;

/// <summary>
/// MB/s and allocated bytes per MB of input, from BenchmarkDotNet's mean time and memory diagnoser. The
/// benchmarks run in process, so the column sizes the very inputs the benchmark ran on.
/// </summary>
public sealed class ThroughputColumn(bool allocations) : IColumn
{
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn(allocations: false);

    public static readonly IColumn AllocatedPerMegabyte = new ThroughputColumn(allocations: true);

    public string Id => allocations ? "AllocPerMB" : "MBps";

    public string ColumnName => allocations ? "Alloc/MB" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => allocations ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => allocations ? UnitType.Size : UnitType.Dimensionless;

    public string Legend => allocations
        ? "Bytes allocated per MB (10^6 bytes) of UTF-8 input"
        : "Input throughput in MB (10^6 bytes of UTF-8) per second";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var report = summary[benchmarkCase];
        var megabytes = InputBytes(benchmarkCase) / 1e6;
        if (report?.ResultStatistics is not { } statistics || megabytes <= 0)
        {
            return "-";
        }

        if (!allocations)
        {
            return (megabytes / (statistics.Mean / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);
        }

        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is { } bytes ? (bytes / megabytes / 1e6).ToString("0.00 'MB'", CultureInfo.InvariantCulture) : "-";
    }

    private static long InputBytes(BenchmarkCase benchmarkCase)
    {
        var parameters = benchmarkCase.Parameters;
        if (parameters.Items.FirstOrDefault(p => p.Name == nameof(DocumentSizeScalingBenchmarks.SizeMb))?.Value is double sizeMb)
        {
            return BenchInputs.Utf8Bytes([BenchInputs.SingleDocument(sizeMb)]);
        }

        if (parameters.Items.FirstOrDefault(p => p.Name == nameof(DocumentCountScalingBenchmarks.Documents))?.Value is int count)
        {
            return BenchInputs.Utf8Bytes(BenchInputs.ShortDocuments(count));
        }

        return BenchInputs.Utf8Bytes(BenchInputs.Corpus);
    }

    public override string ToString() => ColumnName;
}
