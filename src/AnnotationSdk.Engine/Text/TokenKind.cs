namespace AnnotationSdk.Engine.Text;

/// <remarks>A byte: every token carries one, and a smaller token is less memory to write, zero and read.</remarks>
public enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes, hyphens and periods of abbreviations ("they’ll", "U.S.", "then-U.S.").</summary>
    Word,

    /// <summary>Digits with inner separators ("4,000", "2025-04-28", "3.5", "’90s", "1990s").</summary>
    Number,

    /// <summary>A quote mark or an apostrophe that is not inside a word: " “ ” „ « » ‹ › ' ‘ ’ ‚ `` ''.</summary>
    QuoteMark,

    /// <summary>Any other single non-space character: . , ; : ! ? ( ) [ ] — – - / and symbols.</summary>
    Punctuation,
}
