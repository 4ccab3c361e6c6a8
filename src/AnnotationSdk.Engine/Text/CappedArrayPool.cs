using System.Buffers;
using System.Numerics;

namespace AnnotationSdk.Engine.Text;

/// <summary>
/// Lends arrays of up to a length from another pool, and longer ones as new arrays that go to the collector when
/// given back: the shared pool keeps the largest arrays it has lent until a gen-2 trim, which after one long document
/// is memory a server holds for nothing.
/// </summary>
/// <param name="maxPooledLength">The longest array lent from <paramref name="pool"/>, rounded up to a power of two as the
/// pools' own sizes are, so that every array the pool lends for it goes back to it.</param>
internal sealed class CappedArrayPool<T>(ArrayPool<T> pool, int maxPooledLength) : ArrayPool<T>
{
    public int MaxPooledLength { get; } = (int)BitOperations.RoundUpToPowerOf2((uint)maxPooledLength);

    // Every element of the engine's arrays is written before it is read, so a new array need not be zeroed first.
    public override T[] Rent(int minimumLength) =>
        minimumLength <= MaxPooledLength ? pool.Rent(minimumLength) : GC.AllocateUninitializedArray<T>(minimumLength);

    public override void Return(T[] array, bool clearArray = false)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (array.Length <= MaxPooledLength)
        {
            pool.Return(array, clearArray);
        }
    }
}
