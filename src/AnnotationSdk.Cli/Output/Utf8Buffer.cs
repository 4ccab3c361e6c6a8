using System.Buffers;
using System.Runtime.CompilerServices;

namespace AnnotationSdk.Cli.Output;

/// <summary>
/// A growable run of UTF-8 bytes on arrays rented from the shared pool: one answer's JSON line is built here and
/// written to the output as it is, without a string or an encoder between them. Dispose it to give the array back.
/// </summary>
internal sealed class Utf8Buffer(int initialCapacity) : IDisposable
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(initialCapacity);
    private int _length;

    public ReadOnlyMemory<byte> Written => _bytes.AsMemory(0, _length);

    /// <summary>Room for at least <paramref name="size"/> more bytes; <see cref="Advance"/> says how many were used.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> Free(int size) => _bytes.Length - _length >= size ? _bytes.AsSpan(_length) : Grow(size);

    public void Advance(int count) => _length += count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte value)
    {
        Free(1)[0] = value;
        _length++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<byte> value)
    {
        value.CopyTo(Free(value.Length));
        _length += value.Length;
    }

    // Apart from the common case, which is inlined into every write.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Span<byte> Grow(int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_length + size, _bytes.Length * 2));
        _bytes.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = larger;
        return _bytes.AsSpan(_length);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
        _length = 0;
    }
}
