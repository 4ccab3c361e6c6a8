using System.Runtime.CompilerServices;

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

    /// <summary>The flags of <see cref="Write"/>: <paramref name="kind"/>, <paramref name="spaceBefore"/> and
    /// <paramref name="capitalized"/> at their bytes, no line break before.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint PackFlags(TokenKind kind, bool spaceBefore, bool capitalized) =>
        (uint)kind | ((uint)Unsafe.BitCast<bool, byte>(spaceBefore) << 8) | ((uint)Unsafe.BitCast<bool, byte>(capitalized) << 24);

    /// <summary>The paragraph and sentence of <see cref="Write"/>, as their 8 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong PackSegments(int paragraph, int sentence) => (uint)paragraph | ((ulong)(uint)sentence << 32);

    /// <summary>
    /// Writes a token into <paramref name="slot"/> with three 8-byte stores, where the constructor's field stores are
    /// nine, for the tokenizer's loop over common tokens (2.5 % of the context's time). <paramref name="flags"/> come
    /// from <see cref="PackFlags"/>, <paramref name="segments"/> from <see cref="PackSegments"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Write(ref Token slot, int index, int start, int end, uint flags, ulong segments)
    {
        ref var bytes = ref Unsafe.As<Token, byte>(ref slot);
        Unsafe.WriteUnaligned(ref bytes, (uint)index | ((ulong)(uint)start << 32));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref bytes, 8), (uint)end | ((ulong)flags << 32));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref bytes, 16), segments);
    }
}
