using AnnotationSdk.V1;

namespace AnnotationSdk.Cli;

/// <summary>Parses `annotate [command] [options] [arguments]`. Every mistake is a CliException with a usage exit code.</summary>
public static class ArgumentParser
{
    public const string Usage = """
        Usage:
          annotate FILE…                          annotations of each file, for people (colours in a terminal)
          annotate --format json FILE             one AnnotateResponse as JSON (proto3 JSON mapping)
          annotate --jsonl IN.jsonl|-             one Document JSON per line in, one AnnotateResponse JSON per line out
          annotate --format html FILE             the article with its annotations highlighted, as one self-contained page
          annotate diff OLD.jsonl NEW.jsonl       annotations added, removed and changed between two --jsonl runs (exit 1 if any)
          annotate eval CORPUS PATH…              score the engine on a gold corpus (polnear, timeml, szeged)
          annotate serve [--urls URL]             run the gRPC server (default http://localhost:5151)

        Options:
          --reference-date YYYY-MM-DD   publication date for relative dates (default: the document's, else today UTC)
          --offset-unit UNIT            code-point (default) | utf16 | utf8
          --kinds LIST                  comma-separated: quote,attribution,date,hedge (default: all; fewer run sooner)
          --server URL                  annotate through a running server instead of the embedded engine
          --format FORMAT               human (default) | json | html (json also for diff)
          --documents IN.jsonl          with diff: the runs' input documents, to show the words around each change
          --errors N                    with eval: print N failure cases
          --color / --no-color          force colours on or off in the human view
        """;

    private static readonly string[] Commands = ["eval", "serve", "diff"];

    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CliOptions();
        var arguments = new List<string>();
        var kinds = new List<AnnotationKind>();
        var i = 0;
        if (args.Count > 0 && Commands.Contains(args[0]))
        {
            options = options with { Command = args[0] };
            i = 1;
            if (options.Command == "serve")
            {
                // Everything after `serve` belongs to ASP.NET Core (--urls, --Annotation:MaxTextBytes…).
                arguments.AddRange(args.Skip(1));
                return options with { Arguments = arguments };
            }
        }

        for (; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw Fail($"{arg} needs a value.");
            switch (arg)
            {
                case "--format":
                    options = options with { Format = ParseFormat(Value()) };
                    break;
                case "--documents":
                    options = options with { Documents = Value() };
                    break;
                case "--jsonl":
                    options = options with { JsonlInput = Value() };
                    break;
                case "--reference-date":
                    options = options with { ReferenceDate = ParseDate(Value()) };
                    break;
                case "--offset-unit":
                    options = options with { OffsetUnit = ParseOffsetUnit(Value()) };
                    break;
                case "--kinds":
                    kinds.AddRange(ParseKinds(Value()));
                    break;
                case "--server":
                    options = options with { Server = ParseServer(Value()) };
                    break;
                case "--errors":
                    options = options with { Errors = int.TryParse(Value(), out var n) && n >= 0 ? n : throw Fail("--errors needs a whole number.") };
                    break;
                case "--color":
                    options = options with { Color = true };
                    break;
                case "--no-color":
                    options = options with { Color = false };
                    break;
                case "-h" or "--help":
                    options = options with { Command = "help" };
                    break;
                case "-":
                    arguments.Add(arg);
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        throw Fail($"Unknown option {arg}.");
                    }

                    arguments.Add(arg);
                    break;
            }
        }

        options = options with { Arguments = arguments, Kinds = kinds };
        Check(options);
        return options;
    }

    private static void Check(CliOptions options)
    {
        if (options.Command == "help")
        {
            return;
        }

        if (options.Command == "eval")
        {
            if (options.Arguments.Count < 2)
            {
                throw Fail("eval needs a corpus name and at least one path, e.g. `annotate eval polnear ../shared/eval-data/polnear/dev`.");
            }

            return;
        }

        if (options.Command == "diff")
        {
            if (options.Arguments.Count != 2 || options.Format == OutputFormat.Html)
            {
                throw Fail("diff compares two --jsonl outputs: `annotate diff OLD.jsonl NEW.jsonl [--format json] [--documents IN.jsonl]`.");
            }

            return;
        }

        if (options.JsonlInput is not null)
        {
            if (options.Arguments.Count > 0)
            {
                throw Fail("--jsonl reads documents from its input; give no FILE arguments with it.");
            }

            return;
        }

        if (options.Arguments.Count == 0)
        {
            throw Fail("Give at least one FILE, or --jsonl IN.jsonl|-.");
        }

        if (options.Format != OutputFormat.Human && options.Arguments.Count > 1)
        {
            throw Fail($"--format {options.Format.ToString().ToLowerInvariant()} writes one document; give exactly one FILE (or use --jsonl).");
        }
    }

    private static OutputFormat ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "human" or "text" => OutputFormat.Human,
        "json" => OutputFormat.Json,
        "html" => OutputFormat.Html,
        _ => throw Fail($"Unknown format '{value}'; use human, json or html."),
    };

    private static string ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? value
            : throw Fail($"--reference-date '{value}' is not a date; use YYYY-MM-DD.");

    private static OffsetUnit ParseOffsetUnit(string value) => value.ToLowerInvariant() switch
    {
        "code-point" or "codepoint" or "code-points" => OffsetUnit.CodePoint,
        "utf16" or "utf-16" => OffsetUnit.Utf16CodeUnit,
        "utf8" or "utf-8" => OffsetUnit.Utf8Byte,
        _ => throw Fail($"Unknown offset unit '{value}'; use code-point, utf16 or utf8."),
    };

    private static IEnumerable<AnnotationKind> ParseKinds(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(kind => kind.ToLowerInvariant() switch
        {
            "quote" or "quotes" => AnnotationKind.Quote,
            "attribution" or "attributions" => AnnotationKind.Attribution,
            "date" or "dates" => AnnotationKind.Date,
            "hedge" or "hedges" => AnnotationKind.Hedge,
            _ => throw Fail($"Unknown kind '{kind}'; use quote, attribution, date or hedge."),
        });

    private static Uri ParseServer(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw Fail($"--server '{value}' is not an http(s) URL, e.g. http://localhost:5151.");

    private static CliException Fail(string message) => new(message + Environment.NewLine + "Run `annotate --help` for usage.", ExitCodes.Usage);
}
