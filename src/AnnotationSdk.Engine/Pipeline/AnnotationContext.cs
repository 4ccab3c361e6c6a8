using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Pipeline;

/// <summary>
/// The one document every annotator works on: the text, its shared token stream, sentences and paragraphs,
/// and the annotations found so far (annotators later in the chain read what earlier ones found).
/// </summary>
public sealed class AnnotationContext
{
    // The tokenizer's own list, not a copy: a copy doubled the engine's allocations per document.
    private readonly List<Token> _tokens;

    public AnnotationContext(string text, DateOnly referenceDate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        ReferenceDate = referenceDate;
        CancellationToken = cancellationToken;
        (var tokens, Sentences, Paragraphs) = Tokenizer.TokenizeAndSegment(text, Lexicons.Abbreviations.Default, cancellationToken);
        _tokens = tokens;
        Tokens = new TokenList(tokens);
    }

    public string Text { get; }

    /// <summary>The publication date relative dates resolve against.</summary>
    public DateOnly ReferenceDate { get; }

    public CancellationToken CancellationToken { get; }

    public TokenList Tokens { get; }

    public IReadOnlyList<Segment> Sentences { get; }

    public IReadOnlyList<Segment> Paragraphs { get; }

    public List<DateAnnotation> Dates { get; } = [];

    public List<QuoteAnnotation> Quotes { get; } = [];

    public List<AttributionAnnotation> Attributions { get; } = [];

    public List<HedgeAnnotation> Hedges { get; } = [];

    public ReadOnlySpan<char> TextOf(Token token) => Text.AsSpan(token.Start, token.Length);

    public ReadOnlySpan<char> TextOf(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public ReadOnlySpan<char> TextOf(int tokenIndex) => TextOf(_tokens[tokenIndex]);

    /// <summary>Token <paramref name="index"/> reads <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int index, string word) =>
        (uint)index < (uint)_tokens.Count && TextOf(_tokens[index]).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalized(int index) =>
        (uint)index < (uint)_tokens.Count && _tokens[index].Kind == TokenKind.Word && char.IsUpper(Text[_tokens[index].Start]);

    /// <summary>The character span covered by tokens [first, endExclusive).</summary>
    public TextSpan SpanOf(int first, int endExclusive) => new(_tokens[first].Start, _tokens[endExclusive - 1].End);

    /// <summary>Cheap enough to call once per token: the token's IsCancellationRequested is a field read.</summary>
    public void ThrowIfCancellationRequested() => CancellationToken.ThrowIfCancellationRequested();
}
