using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using AnnotationSdk.Engine.Attribution;
using AnnotationSdk.Engine.Dates;
using AnnotationSdk.Engine.Hedges;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Quotes;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine;

/// <summary>
/// The engine: a short chain of annotators over one shared token stream. Thread-safe and reusable:
/// annotators hold only immutable lexicons, every document gets its own context.
/// </summary>
public sealed class AnnotationEngine
{
    /// <summary>Version of the annotation schema and rules, in every response so that stored results can be told apart:
    /// the minor number moves when the rules change the output for the same input, the major one when the schema changes.</summary>
    public const string SchemaVersion = "1.7.0";

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

    /// <summary>
    /// Loads the lexicons of the steps <paramref name="kinds"/> need now rather than inside the first document (about
    /// 17 ms of a native process, more on the runtime): a server calls it before it listens, so that its first answer
    /// comes as fast as the next. Safe to call again and from several threads; a document annotated meanwhile waits for
    /// what is still loading. (Loading the steps' lexicons on threads of their own took as long here: their time is
    /// mostly first touches of fresh memory, which two cores did not take side by side.)
    /// </summary>
    public void Prepare(AnnotationKinds kinds = AnnotationKinds.All)
    {
        _ = Lexicons.Abbreviations.Default;
        foreach (var annotator in _annotators)
        {
            if ((annotator.NeededFor & kinds) != 0)
            {
                annotator.Prepare();
            }
        }
    }

    public AnnotationResult Annotate(string text, AnnotateOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        // The tokens are the largest allocation per document (24 bytes a token, about 5 MB per MB of text). A context made
        // here never outlives this call, annotations keep spans rather than tokens, so their storage is pooled: reused
        // without being allocated, zeroed and collected again. An annotator that kept the context finds no tokens after it.
        var context = new AnnotationContext(text, options.ReferenceDate, Tokenizer.TokenPool, cancellationToken);
        try
        {
            foreach (var annotator in _annotators)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if ((annotator.NeededFor & options.Kinds) != 0)
                {
                    annotator.Annotate(context);
                }
            }

            return new AnnotationResult(text, options.ReferenceDate, Collect(context, options.Kinds));
        }
        finally
        {
            context.ReleaseTokens();
        }
    }

    private static List<EngineAnnotation> Collect(AnnotationContext context, AnnotationKinds kinds)
    {
        var count = context.Quotes.Count + context.Attributions.Count + context.Dates.Count + context.Hedges.Count;

        // Sorted by one number per annotation rather than by reading two spans and two virtual Kinds per comparison,
        // and as keys with the annotations' positions beside them: the sort then compares inline and moves plain
        // numbers, where entries holding the annotation went through a comparison delegate and a write barrier per
        // move. The order is by start, kind and end, then as OrderTies says.
        var keys = ArrayPool<ulong>.Shared.Rent(count);
        var positions = ArrayPool<int>.Shared.Rent(count);
        var byPosition = ArrayPool<EngineAnnotation>.Shared.Rent(count);
        var filled = 0;
        Fill(keys, byPosition, ref filled, context.Quotes, AnnotationKinds.Quote);
        Fill(keys, byPosition, ref filled, context.Attributions, AnnotationKinds.Attribution);
        Fill(keys, byPosition, ref filled, context.Dates, AnnotationKinds.Date);
        Fill(keys, byPosition, ref filled, context.Hedges, AnnotationKinds.Hedge);
        var sortedKeys = keys.AsSpan(0, count);
        var sortedPositions = positions.AsSpan(0, count);
        for (var i = 0; i < count; i++)
        {
            sortedPositions[i] = i;
        }

        sortedKeys.Sort(sortedPositions);
        OrderTies(sortedKeys, sortedPositions, byPosition.AsSpan(0, count));

        // Ids are assigned over every kind, before filtering, so "q3" names the same quote whatever was asked for.
        var all = new List<EngineAnnotation>(count);
        CollectionsMarshal.SetCount(all, count);
        var inOrder = CollectionsMarshal.AsSpan(all);
        Span<int> counters = stackalloc int[4];
        for (var i = 0; i < count; i++)
        {
            var annotation = byPosition[sortedPositions[i]];
            var slot = SlotOf(sortedKeys[i]);
            annotation.Id = IdOf(slot, ++counters[slot]);
            inOrder[i] = annotation;
        }

        byPosition.AsSpan(0, count).Clear();
        ArrayPool<EngineAnnotation>.Shared.Return(byPosition);
        ArrayPool<int>.Shared.Return(positions);
        ArrayPool<ulong>.Shared.Return(keys);
        return kinds == AnnotationKinds.All ? all : all.FindAll(a => (a.Kind & kinds) != 0);
    }

    /// <summary>
    /// Orders annotations with equal keys: two attributions of one source by their cues ("Peskov dismissed the claim,
    /// saying …"), any others in the order their annotator gave them. The sort is not stable: left to it their order
    /// would hang on every other annotation in the array, so an id would change with the kinds asked for.
    /// </summary>
    private static void OrderTies(ReadOnlySpan<ulong> keys, Span<int> positions, ReadOnlySpan<EngineAnnotation> byPosition)
    {
        Span<long> scratch = stackalloc long[16];
        for (var last = 1; last < keys.Length; last++)
        {
            if (keys[last] != keys[last - 1])
            {
                continue;
            }

            var first = last - 1;
            while (last + 1 < keys.Length && keys[last + 1] == keys[first])
            {
                last++;
            }

            var tied = positions[first..(last + 1)];
            var order = tied.Length <= scratch.Length ? scratch[..tied.Length] : new long[tied.Length];
            for (var i = 0; i < tied.Length; i++)
            {
                var cue = byPosition[tied[i]] is AttributionAnnotation attribution ? attribution.Cue.Start : 0;
                order[i] = ((long)cue << 32) | (uint)tied[i];
            }

            order.Sort();
            for (var i = 0; i < tied.Length; i++)
            {
                tied[i] = (int)(uint)order[i];
            }
        }
    }

    /// <param name="kind">The <see cref="EngineAnnotation.Kind"/> of every annotation of the list (one sealed type),
    /// given rather than asked of each.</param>
    private static void Fill<TAnnotation>(ulong[] keys, Span<EngineAnnotation> byPosition, ref int filled, List<TAnnotation> annotations, AnnotationKinds kind)
        where TAnnotation : EngineAnnotation
    {
        var slot = (ulong)(uint)KindSlot(kind) << 31;
        foreach (var annotation in annotations)
        {
            // Start, kind and end in decreasing weight: a string is shorter than 2^30 characters, so 31 bits each suffice.
            keys[filled] = ((ulong)(uint)annotation.Span.Start << 33) | slot | (uint)annotation.Span.End;
            byPosition[filled++] = annotation;
        }
    }

    /// <summary>The kind slot a key of <see cref="Fill"/> holds.</summary>
    private static int SlotOf(ulong key) => (int)(key >> 31) & 3;

    private static int KindSlot(AnnotationKinds kind) => System.Numerics.BitOperations.Log2((uint)kind);

    private static string IdOf(int slot, int number) =>
        number < CommonIds[slot].Length ? CommonIds[slot][number] : IdPrefix((AnnotationKinds)(1 << slot)) + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>"q1" to "q255" and so on, made once: a document rarely has more of one kind, and the ids were an allocation per annotation.</summary>
    private static readonly string[][] CommonIds =
        [.. Enumerable.Range(0, 4).Select(slot => Enumerable.Range(0, 256).Select(n => IdPrefix((AnnotationKinds)(1 << slot)) + n.ToString(CultureInfo.InvariantCulture)).ToArray())];

    public static string IdPrefix(AnnotationKinds kind) => kind switch
    {
        AnnotationKinds.Quote => "q",
        AnnotationKinds.Attribution => "a",
        AnnotationKinds.Date => "d",
        AnnotationKinds.Hedge => "h",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a single annotation kind."),
    };
}
