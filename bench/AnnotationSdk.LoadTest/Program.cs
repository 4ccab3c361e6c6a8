using System.Globalization;
using AnnotationSdk.LoadTest;
using AnnotationSdk.Server;
using AnnotationSdk.V1;
using Grpc.Net.Client;

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var articles = Articles.Load(options.Corpus, options.ArticleBytes);
var work = new LoadWork(articles, options.Kinds, options.MaxRequests);
RunningAnnotationServer? server = null;
if (options.Address is null)
{
    server = await AnnotationServer.StartAsync().ConfigureAwait(false);
}

var address = options.Address ?? server!.Address;
try
{
    using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        MaxReceiveMessageSize = null,
    });
    var client = new AnnotationService.AnnotationServiceClient(channel);
    // The load does not decode its answers (see RawAnnotate): one decoded answer first shows the server annotates.
    var sample = await client.AnnotateAsync(work.Items[0].Request).ResponseAsync.ConfigureAwait(false);
    if (sample.Annotations.Count == 0)
    {
        Console.Error.WriteLine($"The server answered {sample.DocumentId} with no annotation: a load run would measure nothing.");
        return 1;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{options.Mode}: {options.Concurrency} {(options.Mode == "stream" ? "streams" : "calls in flight at most")}" +
        $"{(options.Rate > 0 ? $", fixed rate {options.Rate:0} req/s" : string.Empty)}, {articles.Count} articles of ~{options.ArticleBytes / 1000.0:0.#} KB " +
        $"({options.Corpus ?? "generated news"}), server {(server is null ? address : $"in process at {address}")}, " +
        $"at least {options.Warmup.TotalSeconds:0.#} s warm-up + {options.Duration.TotalSeconds:0.#} s, at most {options.MaxRequests} requests, {Environment.ProcessorCount} cores"));

    // Each round runs the load and then, if asked, the engine alone for as long. This host's speed moves within minutes
    // (one round's ratio went from 55 % to 72 % between runs), so more rounds give a median to go by.
    var unit = options.Mode == "stream" ? "documents" : "requests";
    var loadRates = new List<double>();
    var ratios = new List<double>();
    for (var round = 1; round <= options.Rounds; round++)
    {
        var recorder = await RunLoadAsync(channel, work, options, server is not null).ConfigureAwait(false);
        Console.WriteLine((options.Rounds > 1 ? $"round {round}: " : string.Empty) + recorder.Summary(unit));
        loadRates.Add(recorder.PerSecond);
        if (options.CompareEngine)
        {
            var engine = EngineBaseline.MegabytesPerSecond(work, options.Warmup, options.Duration);
            ratios.Add(recorder.MegabytesPerSecond / engine);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"engine in process, one thread, same articles: {engine:0.00} MB/s; {options.Mode} over gRPC reaches {ratios[^1]:P0} of it"));
        }
    }

    if (options.Rounds > 1)
    {
        var ofEngine = options.CompareEngine
            ? string.Create(CultureInfo.InvariantCulture, $"; {options.Mode} over gRPC reaches {Median(ratios):P0} of the engine")
            : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median of {options.Rounds} rounds: {Median(loadRates):0.0} {unit}/s{ofEngine}"));
    }
}
finally
{
    if (server is not null)
    {
        await server.DisposeAsync().ConfigureAwait(false);
    }
}

return 0;

static async Task<LatencyRecorder> RunLoadAsync(GrpcChannel channel, LoadWork work, LoadOptions options, bool serverInProcess)
{
    var recorder = new LatencyRecorder();
    using var stop = new CancellationTokenSource();
    Task load = options.Mode == "stream"
        ? new StreamLoad(channel.CreateCallInvoker(), work, options, recorder).RunAsync(stop.Token)
        : new UnaryLoad(channel.CreateCallInvoker(), work, options, recorder).RunAsync(stop.Token);
    var warmup = await JitWarmup.WaitAsync(load, options.Warmup).ConfigureAwait(false);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"warm-up {warmup.Elapsed.TotalSeconds:0.0} s{(warmup.Settled ? string.Empty : ", the JIT still compiling at its end")}" +
        $"{(serverInProcess ? string.Empty : " (this process's JIT only: the server's is out of sight)")}"));
    recorder.Start();
    stop.CancelAfter(options.Duration);
    await load.ConfigureAwait(false);
    recorder.Stop();
    return recorder;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    var middle = sorted.Count / 2;
    return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
