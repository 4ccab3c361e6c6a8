using System.Runtime.CompilerServices;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>
/// The <see cref="WordClasses"/> of each token of a document, looked up on first ask and kept: the rules test the
/// same tokens against several lexicons, often more than once, and one look-up answers them all.
/// </summary>
internal sealed class TokenWordClasses(AnnotationContext context)
{
    // Set in every entry looked up, so that zero means "not looked up yet".
    private const WordClasses LookedUp = (WordClasses)(1u << 31);

    private readonly WordClasses[] _classes = new WordClasses[context.Tokens.Count];

    /// <summary>Token <paramref name="index"/> is in at least one of <paramref name="classes"/>, ignoring case.</summary>
    public bool Is(int index, WordClasses classes)
    {
        var known = _classes[index];
        return ((known == WordClasses.None ? LookUp(index) : known) & classes) != 0;
    }

    // Kept out of Is, so that Is is inlined where it is called: most asks are about tokens already looked up.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordClasses LookUp(int index) =>
        _classes[index] = AttributionLexicons.Default.ClassesOf(context.TextOf(index), context.Tokens.FilterKeys[index]) | LookedUp;
}
