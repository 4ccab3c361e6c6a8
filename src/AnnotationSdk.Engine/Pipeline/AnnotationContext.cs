using System.Buffers;
using System.Runtime.CompilerServices;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Pipeline;

/// <summary>
/// The one document every annotator works on: the text, its shared token stream, sentences and paragraphs,
/// and the annotations found so far (annotators later in the chain read what earlier ones found).
/// </summary>
public sealed class AnnotationContext
{
    public AnnotationContext(string text, DateOnly referenceDate, CancellationToken cancellationToken = default)
        : this(text, referenceDate, tokenPool: null, cancellationToken)
    {
    }

    /// <param name="tokenPool">Where the tokens' storage comes from, if not a new array; <see cref="ReleaseTokens"/> gives it back.</param>
    internal AnnotationContext(string text, DateOnly referenceDate, ArrayPool<Token>? tokenPool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        ReferenceDate = referenceDate;
        CancellationToken = cancellationToken;
        (Tokens, _sentences, Paragraphs) = Tokenizer.TokenizeAndSegment(text, Lexicons.Abbreviations.Default, tokenPool, cancellationToken);
        _reusesLists = tokenPool is not null;
        if (_reusesLists)
        {
            _dates = PerThread<List<DateAnnotation>>.Take();
            _quotes = PerThread<List<QuoteAnnotation>>.Take();
            _attributions = PerThread<List<AttributionAnnotation>>.Take();
            _hedges = PerThread<List<HedgeAnnotation>>.Take();
        }
    }

    // The annotations of a document of about 1 MB (of one kind); a longer document's lists go to the collector.
    private const int MaxKeptAnnotations = 1 << 14;

    // Whether the annotation lists are this thread's, to give back on release (a context made by the engine, not yet released).
    private bool _reusesLists;

    private readonly Segment[] _sentences;

    public string Text { get; }

    /// <summary>The publication date relative dates resolve against.</summary>
    public DateOnly ReferenceDate { get; }

    public CancellationToken CancellationToken { get; }

    public TokenList Tokens { get; }

    public IReadOnlyList<Segment> Sentences => _sentences;

    /// <summary>The sentences for the loops that read one per token or per sentence: a span read is direct, where
    /// <see cref="Sentences"/> goes through an interface call each time.</summary>
    internal ReadOnlySpan<Segment> SentenceSpan => _sentences;

    public IReadOnlyList<Segment> Paragraphs { get; }

    // The lists of a context made by the engine are the thread's, reused from one document to the next (their regrowing
    // was about 0.3 MB per MB of text); the engine collects the annotations into a list of the result's own first. Made
    // on first ask otherwise, so a released context costs nothing until a kept one is asked.
    private List<DateAnnotation>? _dates;
    private List<QuoteAnnotation>? _quotes;
    private List<AttributionAnnotation>? _attributions;
    private List<HedgeAnnotation>? _hedges;

    public List<DateAnnotation> Dates => _dates ??= [];

    public List<QuoteAnnotation> Quotes => _quotes ??= [];

    public List<AttributionAnnotation> Attributions => _attributions ??= [];

    public List<HedgeAnnotation> Hedges => _hedges ??= [];

    public ReadOnlySpan<char> TextOf(Token token) => Text.AsSpan(token.Start, token.Length);

    public ReadOnlySpan<char> TextOf(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public ReadOnlySpan<char> TextOf(int tokenIndex) => TextOf(Tokens[tokenIndex]);

    /// <summary>Token <paramref name="index"/> reads <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int index, string word) =>
        (uint)index < (uint)Tokens.Count && TextOf(Tokens[index]).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Token <paramref name="index"/> is a word whose first character is upper case.</summary>
    /// <remarks>Asked by dozens of rules, mostly at call sites outside loops, where the JIT does not find the body (two
    /// range checks, the token list's indexer and a token copy in IL) worth inlining unasked, though inlined it is a few
    /// loads and compares, less than the call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalized(int index) => (uint)index < (uint)Tokens.Count && Tokens[index].Capitalized;

    /// <summary>Token <paramref name="index"/> is a small word that may join the capitalised words of one name: "Institute
    /// for the Study of War", "Secretary of State".</summary>
    internal bool IsConnectorWord(int index) => TextOf(index) is "of" or "for" or "the" or "and" or "on";

    /// <summary>Token <paramref name="index"/> is the period of an initial, as in "George W. Bush": inside a name.</summary>
    internal bool IsInitialPeriod(int index) => IsAttachedPeriod(index) && TextOf(index - 1) is [var initial] && char.IsUpper(initial);

    /// <summary>Token <paramref name="index"/> is a period written against the token before it: "W.", "Sen.".</summary>
    internal bool IsAttachedPeriod(int index) =>
        index >= 1 && (uint)index < (uint)Tokens.Count && Tokens[index].Kind == TokenKind.Punctuation && Text[Tokens[index].Start] == '.'
        && !Tokens[index].SpaceBefore;

    /// <summary>The character span covered by tokens [first, endExclusive).</summary>
    public TextSpan SpanOf(int first, int endExclusive) => new(Tokens[first].Start, Tokens[endExclusive - 1].End);

    /// <summary>Cheap enough to call once per token: the token's IsCancellationRequested is a field read.</summary>
    public void ThrowIfCancellationRequested() => CancellationToken.ThrowIfCancellationRequested();

    /// <summary>Gives the tokens' storage back to the pool it came from; the token list is empty afterwards. The annotation
    /// lists, if the thread's, are emptied and given back too, and the context gets new empty lists when next asked, so an annotator
    /// that kept the context finds neither tokens nor annotations, rather than another document's.</summary>
    internal void ReleaseTokens()
    {
        Tokens.Release();
        if (_reusesLists)
        {
            _reusesLists = false;
            GiveBack(ref _dates);
            GiveBack(ref _quotes);
            GiveBack(ref _attributions);
            GiveBack(ref _hedges);
        }
    }

    /// <summary>Detaches the context's list and keeps it, emptied, for the thread's next document, unless it grew huge.</summary>
    private static void GiveBack<T>(ref List<T>? list)
        where T : EngineAnnotation
    {
        var annotations = list!;
        list = null;
        if (annotations.Capacity <= MaxKeptAnnotations)
        {
            annotations.Clear();
            PerThread<List<T>>.GiveBack(annotations);
        }
    }
}
