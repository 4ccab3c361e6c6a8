namespace AnnotationSdk.Engine.Text;

/// <summary>One token of the shared token stream.</summary>
/// <param name="Index">Position in the token stream.</param>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last UTF-16 code unit.</param>
/// <param name="Kind">Word, number, quote mark or punctuation.</param>
/// <param name="SpaceBefore">Whitespace separates this token from the previous one (or it starts the text).</param>
/// <param name="LineBreakBefore">A line break lies between the previous token and this one.</param>
/// <param name="Capitalized">A word whose first character is upper case: read as the word is, for the rules that ask it
/// of many tokens (in the byte the flags before it leave free, so the token stays 24 bytes).</param>
/// <param name="Paragraph">Index of the paragraph the token belongs to.</param>
/// <param name="Sentence">Index of the sentence the token belongs to.</param>
public readonly record struct Token(
    int Index,
    int Start,
    int End,
    TokenKind Kind,
    bool SpaceBefore,
    bool LineBreakBefore,
    bool Capitalized,
    int Paragraph,
    int Sentence)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;
}
