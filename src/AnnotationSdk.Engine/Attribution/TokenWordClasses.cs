using System.Runtime.CompilerServices;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>
/// The <see cref="WordClasses"/> of each token of a document, looked up on first ask and kept: the rules test the
/// same tokens against several lexicons, often more than once, and one look-up answers them all.
/// The storage is lent from a per-thread pool (4 bytes a token, the largest array attribution made: about 0.85 MB per MB of text)
/// and given back by <see cref="Dispose"/>; the classes never reach an annotation.
/// </summary>
internal sealed class TokenWordClasses : IDisposable
{
    // Set in every entry looked up, so that zero means "not looked up yet".
    private const WordClasses LookedUp = (WordClasses)(1u << 31);

    // The array of a document of up to about 1 MB is kept for the thread's next one; a longer document's goes to the collector.
    private static readonly PerThreadArrayPool<WordClasses> Pool = new(1 << 18);

    private readonly AnnotationContext _context;
    private WordClasses[] _classes;

    public TokenWordClasses(AnnotationContext context)
    {
        _context = context;
        var count = context.Tokens.Count;
        _classes = Pool.Rent(count);
        // A pooled array holds the last document's classes, and zero must mean "not looked up yet".
        _classes.AsSpan(0, count).Clear();
    }

    /// <summary>Gives the storage back; a second call gives nothing back twice, and a later ask fails rather than
    /// reading storage another document may hold by then.</summary>
    public void Dispose()
    {
        var classes = _classes;
        _classes = [];
        if (classes.Length > 0)
        {
            Pool.Return(classes);
        }
    }

    /// <summary>Token <paramref name="index"/> is in at least one of <paramref name="classes"/>, ignoring case.</summary>
    public bool Is(int index, WordClasses classes)
    {
        var known = _classes[index];
        return ((known == WordClasses.None ? LookUp(index) : known) & classes) != 0;
    }

    // Kept out of Is, so that Is is inlined where it is called: most asks are about tokens already looked up.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordClasses LookUp(int index) =>
        _classes[index] = AttributionLexicons.Default.ClassesOf(_context.TextOf(index), _context.Tokens.FilterKeys[index]) | LookedUp;
}
