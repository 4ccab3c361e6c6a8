namespace AnnotationSdk.Engine.Quotes;

/// <summary>What a quote mark token can do, judged from the mark and the spacing around it.</summary>
internal enum QuoteMarkRole
{
    /// <summary>Not a quote mark in use (an apostrophe, a primes sign, a stray mark).</summary>
    None,
    Open,
    Close,

    /// <summary>A straight mark whose spacing does not tell: it closes an open quote of its family, else opens one.</summary>
    Either,
}
