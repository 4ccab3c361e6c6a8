using System.Buffers;
using System.Numerics;

namespace AnnotationSdk.Engine.Pipeline;

/// <summary>
/// Keeps one array per thread, the longest given back there, up to a length: a document's scratch array is reused by
/// the next document on the thread. Unlike the shared pool, which also keeps arrays of every size per processor, what
/// stays is one array per thread that annotates (the CLI's window of documents had kept about 2 MB more in the shared pool).
/// </summary>
/// <remarks>Renting takes the kept array out of the thread's slot, so a document annotated inside another gets an array
/// of its own, and an array never given back (a failed or cancelled document) is simply left to the collector.</remarks>
internal sealed class PerThreadArrayPool<T>(int maxKeptLength) : ArrayPool<T>, IDisposable
{
    private readonly ThreadLocal<T[]?> _kept = new();

    /// <summary>The longest array kept, a power of two.</summary>
    public int MaxKeptLength { get; } = (int)BitOperations.RoundUpToPowerOf2((uint)maxKeptLength);

    /// <summary>An array of at least <paramref name="minimumLength"/>, whose elements are whatever was last written there:
    /// the engine writes each element it reads first, or clears what it needs cleared.</summary>
    public override T[] Rent(int minimumLength)
    {
        var kept = _kept.Value;
        if (kept is not null && kept.Length >= minimumLength)
        {
            _kept.Value = null;
            return kept;
        }

        // A power of two, so that the next document, a little longer, still fits.
        return GC.AllocateUninitializedArray<T>((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(minimumLength, 16)));
    }

    public override void Return(T[] array, bool clearArray = false)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (array.Length > MaxKeptLength || array.Length <= (_kept.Value?.Length ?? -1))
        {
            return;
        }

        if (clearArray)
        {
            Array.Clear(array);
        }

        _kept.Value = array;
    }

    /// <summary>Lets go of every thread's array; the engine's pools live as long as the process.</summary>
    public void Dispose() => _kept.Dispose();
}
