using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Model;

public enum QuoteStyle
{
    /// <summary>A whole utterance in quote marks.</summary>
    Direct,

    /// <summary>A quoted fragment inside paraphrase.</summary>
    Mixed,

    /// <summary>Quote marks that are not speech: names, titles, so-called "referendums".</summary>
    Scare,

    /// <summary>Reported speech without quote marks.</summary>
    Indirect,
}

/// <summary>A quotation. Its span includes the quote marks (none for indirect speech).</summary>
public sealed class QuoteAnnotation(TextSpan span, QuoteStyle style, string rule, float confidence = 0.9f)
    : EngineAnnotation(span, rule, confidence)
{
    public override AnnotationKinds Kind => AnnotationKinds.Quote;

    public QuoteStyle Style { get; set; } = style;

    /// <summary>Who said it, when known.</summary>
    public AttributionAnnotation? Attribution { get; set; }

    /// <summary>The token of the opening mark, when the quote annotator paired it (-1 for a quote made elsewhere): kept
    /// so attribution need not search the tokens for it.</summary>
    internal int FirstToken { get; init; } = -1;

    /// <summary>The token of the closing mark, or the last of an unclosed quote, as <see cref="FirstToken"/>.</summary>
    internal int LastToken { get; init; } = -1;
}
