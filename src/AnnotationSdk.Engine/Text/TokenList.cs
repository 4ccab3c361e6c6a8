using System.Buffers;
using System.Collections;

namespace AnnotationSdk.Engine.Text;

/// <summary>
/// The shared token stream of one document, read-only. A sealed class rather than an interface so the rules'
/// per-token reads (<c>tokens[i]</c>, <c>Count</c>) are direct, inlinable calls; it is still an
/// <see cref="IReadOnlyList{T}"/> wherever one is expected.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly ArrayPool<Token>? _pool;
    private Token[] _items;
    private int _count;

    /// <param name="items">The tokens, in [0, <paramref name="count"/>).</param>
    /// <param name="pool">Where <paramref name="items"/> came from and goes back to on <see cref="Release"/>, if anywhere.</param>
    internal TokenList(Token[] items, int count, ArrayPool<Token>? pool)
    {
        _items = items;
        _count = count;
        _pool = pool;
    }

    public int Count => _count;

    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowOutOfRange(index);
            }

            return _items[index];
        }
    }

    public ReadOnlySpan<Token> AsSpan() => new(_items, 0, _count);

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Gives the storage back to its pool; the list is empty from then on, so a reader that kept it past its
    /// document finds no tokens rather than another document's.</summary>
    internal void Release()
    {
        var items = _items;
        _items = [];
        _count = 0;
        if (items.Length > 0)
        {
            _pool?.Return(items);
        }
    }

    private static void ThrowOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "Outside the token list.");

    public struct Enumerator(TokenList tokens) : IEnumerator<Token>
    {
        private int _index = -1;

        public readonly Token Current => tokens[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < tokens.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
