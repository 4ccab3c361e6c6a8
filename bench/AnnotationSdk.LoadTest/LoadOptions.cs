using System.Globalization;
using AnnotationSdk.V1;

namespace AnnotationSdk.LoadTest;

/// <summary>What to run: every run is bounded both in time and in request count.</summary>
internal sealed record LoadOptions
{
    public const string Usage = """
        usage: AnnotationSdk.LoadTest [options]
          --mode unary|stream     unary Annotate calls (default) or AnnotateStream calls
          --concurrency N         calls in flight (unary; at most, with --rate) or open streams; default 32, 256 with --rate, 2 streams
          --rate R                unary only: send R requests/s on a fixed schedule (latency counted from the
                                  scheduled time, so a slow server cannot hide its queueing); default: as fast as possible
          --duration S            measure for S seconds (default 10) after a warm-up that is not counted: at least
                                  --warmup S seconds (default 2), then until the JIT has compiled no method for a
                                  second (at most 30 s; with --address, of this process only)
          --requests N            stop after N requests (default 1,000,000)
          --article-kb K          article size in KB of UTF-8 (default 5)
          --corpus PATH           folder of .txt news to cut articles from (default: generated news)
          --kinds LIST            the kinds each request asks for, comma-separated: quote,attribution,date,hedge
                                  (default: all); with --compare-engine the engine is asked for the same
          --address URL           a running server (default: start one in this process on a free loopback port)
          --compare-engine        also time the engine in process on the same articles, one thread, and print the ratio
          --rounds N              run the load (and with --compare-engine the engine after it) N times in turn and
                                  print the median: this host's speed moves within minutes (default 1)
        """;

    public string Mode { get; init; } = "unary";

    public int Concurrency { get; init; }

    public double Rate { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    public long MaxRequests { get; init; } = 1_000_000;

    public int ArticleBytes { get; init; } = 5_000;

    public string? Corpus { get; init; }

    public Uri? Address { get; init; }

    public bool CompareEngine { get; init; }

    public int Rounds { get; init; } = 1;

    /// <summary>Empty: every kind, as a request without kinds asks.</summary>
    public IReadOnlyList<AnnotationKind> Kinds { get; init; } = [];

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--compare-engine")
            {
                options = options with { CompareEngine = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value.");
            }

            var value = args[++i];
            options = name switch
            {
                "--mode" when value is "unary" or "stream" => options with { Mode = value },
                "--concurrency" => options with { Concurrency = Positive(name, value) },
                "--rate" => options with { Rate = Positive(name, value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(name, value)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--requests" => options with { MaxRequests = Positive(name, value) },
                "--article-kb" => options with { ArticleBytes = (int)(Positive(name, value) * 1000) },
                "--corpus" => options with { Corpus = value },
                "--address" => options with { Address = new Uri(value) },
                "--rounds" => options with { Rounds = Positive(name, value) },
                "--kinds" => options with { Kinds = ParseKinds(value) },
                _ => throw new ArgumentException($"unknown option {name} {value}"),
            };
        }

        if (options.Rate > 0 && options.Mode != "unary")
        {
            throw new ArgumentException("--rate applies to --mode unary only.");
        }

        return options.Concurrency > 0 ? options : options with { Concurrency = options.Mode == "stream" ? 2 : options.Rate > 0 ? 256 : 32 };
    }

    private static AnnotationKind[] ParseKinds(string value) =>
    [
        .. value.Split(',', StringSplitOptions.TrimEntries).Select(kind => kind switch
        {
            "quote" => AnnotationKind.Quote,
            "attribution" => AnnotationKind.Attribution,
            "date" => AnnotationKind.Date,
            "hedge" => AnnotationKind.Hedge,
            _ => throw new ArgumentException($"--kinds: unknown kind '{kind}' (quote, attribution, date, hedge)."),
        }),
    ];

    private static int Positive(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? (int)Math.Ceiling(number)
            : throw new ArgumentException($"{name} must be a positive number, not '{value}'.");
}
