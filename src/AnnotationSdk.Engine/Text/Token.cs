namespace AnnotationSdk.Engine.Text;

/// <summary>One token of the shared token stream.</summary>
/// <param name="Index">Position in the token stream.</param>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last UTF-16 code unit.</param>
/// <param name="Kind">Word, number, quote mark or punctuation.</param>
/// <param name="SpaceBefore">Whitespace separates this token from the previous one (or it starts the text).</param>
/// <param name="LineBreakBefore">A line break lies between the previous token and this one.</param>
/// <param name="Paragraph">Index of the paragraph the token belongs to.</param>
/// <param name="Sentence">Index of the sentence the token belongs to.</param>
public readonly record struct Token(
    int Index,
    int Start,
    int End,
    TokenKind Kind,
    bool SpaceBefore,
    bool LineBreakBefore,
    int Paragraph,
    int Sentence)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;
}
