using AnnotationSdk.Benchmarks;
using AnnotationSdk.Benchmarks.Corpus;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Usage: AnnotationSdk.Benchmarks [--corpus PATH] [BenchmarkDotNet options, e.g. --filter '*Engine*']
//        AnnotationSdk.Benchmarks jsonl OUT.jsonl MEGABYTES [--corpus PATH]   (corpus as JSONL for side-by-side.sh)
//        AnnotationSdk.Benchmarks cpu [MEGABYTES] [REPEATS] [--corpus PATH]    (thread CPU per annotator, best of REPEATS)
var arguments = args.ToList();
var corpusFlag = arguments.IndexOf("--corpus");
if (corpusFlag >= 0 && corpusFlag + 1 < arguments.Count)
{
    Environment.SetEnvironmentVariable(BenchInputs.PathVariable, arguments[corpusFlag + 1]);
    arguments.RemoveRange(corpusFlag, 2);
}

if (arguments.Count > 0 && arguments[0] == "jsonl")
{
    return JsonlCorpusWriter.Run(arguments.Skip(1).ToArray());
}

if (arguments.Count > 0 && arguments[0] == "cpu")
{
    return ThreadCpu.Run(arguments.Skip(1).ToArray());
}

Console.WriteLine($"Corpus: {BenchInputs.CorpusSource}: {BenchInputs.Describe(BenchInputs.Corpus)}");

// In process: no second build of the project, and the MB/s column sizes the same inputs the benchmarks ran on.
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.AllocatedPerMegabyte)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(arguments.ToArray(), config);
return 0;
