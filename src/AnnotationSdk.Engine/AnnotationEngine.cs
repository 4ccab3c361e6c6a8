using AnnotationSdk.Engine.Attribution;
using AnnotationSdk.Engine.Dates;
using AnnotationSdk.Engine.Hedges;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Quotes;

namespace AnnotationSdk.Engine;

/// <summary>
/// The engine: a short chain of annotators over one shared token stream. Thread-safe and reusable:
/// annotators hold only immutable lexicons, every document gets its own context.
/// </summary>
public sealed class AnnotationEngine
{
    /// <summary>Version of the annotation schema and rules; bumped when output for the same input changes.</summary>
    public const string SchemaVersion = "1.0.0";

    private readonly IReadOnlyList<IAnnotator> _annotators;

    /// <summary>The default chain: dates first (hedges must not mistake "May 9" for a modal), then quotes,
    /// their attribution, and hedges (which link to the quote they sit in).</summary>
    public AnnotationEngine()
        : this([new DateAnnotator(), new QuoteAnnotator(), new AttributionAnnotator(), new HedgeAnnotator()])
    {
    }

    public AnnotationEngine(IReadOnlyList<IAnnotator> annotators) => _annotators = annotators;

    public static AnnotationEngine Default { get; } = new();

    public IReadOnlyList<IAnnotator> Annotators => _annotators;

    public AnnotationResult Annotate(string text, AnnotateOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var context = new AnnotationContext(text, options.ReferenceDate, cancellationToken);
        foreach (var annotator in _annotators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            annotator.Annotate(context);
        }

        return new AnnotationResult(text, options.ReferenceDate, Collect(context, options.Kinds));
    }

    private static List<EngineAnnotation> Collect(AnnotationContext context, AnnotationKinds kinds)
    {
        var all = new List<EngineAnnotation>(context.Quotes.Count + context.Attributions.Count + context.Dates.Count + context.Hedges.Count);
        all.AddRange(context.Quotes);
        all.AddRange(context.Attributions);
        all.AddRange(context.Dates);
        all.AddRange(context.Hedges);
        all.Sort(static (a, b) =>
        {
            var byStart = a.Span.Start.CompareTo(b.Span.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byKind = a.Kind.CompareTo(b.Kind);
            return byKind != 0 ? byKind : a.Span.End.CompareTo(b.Span.End);
        });

        // Ids are assigned over every kind, before filtering, so "q3" names the same quote whatever was asked for.
        Span<int> counters = stackalloc int[4];
        foreach (var annotation in all)
        {
            var slot = System.Numerics.BitOperations.Log2((uint)annotation.Kind);
            annotation.Id = IdPrefix(annotation.Kind) + (++counters[slot]).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return kinds == AnnotationKinds.All ? all : all.FindAll(a => (a.Kind & kinds) != 0);
    }

    public static string IdPrefix(AnnotationKinds kind) => kind switch
    {
        AnnotationKinds.Quote => "q",
        AnnotationKinds.Attribution => "a",
        AnnotationKinds.Date => "d",
        AnnotationKinds.Hedge => "h",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a single annotation kind."),
    };
}
