using System.Buffers;
using System.Collections;
using AnnotationSdk.Engine.Lexicons;

namespace AnnotationSdk.Engine.Text;

/// <summary>
/// The shared token stream of one document, read-only. A sealed class rather than an interface so the rules'
/// per-token reads (<c>tokens[i]</c>, <c>Count</c>) are direct, inlinable calls; it is still an
/// <see cref="IReadOnlyList{T}"/> wherever one is expected.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly ArrayPool<Token>? _pool;
    private readonly ArrayPool<uint>? _filterKeyPool;
    private Token[] _items;
    private uint[] _filterKeys;
    private int _count;

    /// <param name="items">The tokens, in [0, <paramref name="count"/>).</param>
    /// <param name="filterKeys">Each token's <see cref="WordFilter.KeysOf"/>, in [0, <paramref name="count"/>).</param>
    /// <param name="pool">Where <paramref name="items"/> came from and goes back to on <see cref="Release"/>, if anywhere.</param>
    /// <param name="filterKeyPool">The same for <paramref name="filterKeys"/>.</param>
    internal TokenList(Token[] items, uint[] filterKeys, int count, ArrayPool<Token>? pool, ArrayPool<uint>? filterKeyPool)
    {
        _items = items;
        _filterKeys = filterKeys;
        _count = count;
        _pool = pool;
        _filterKeyPool = filterKeyPool;
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

    /// <summary>The <see cref="WordFilter.KeysOf"/> each token's text, at the token's index: for the loops that test
    /// every token against word filters.</summary>
    internal ReadOnlySpan<uint> FilterKeys => new(_filterKeys, 0, _count);

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Gives the storage back to its pool; the list is empty from then on, so a reader that kept it past its
    /// document finds no tokens rather than another document's.</summary>
    internal void Release()
    {
        var items = _items;
        var filterKeys = _filterKeys;
        _items = [];
        _filterKeys = [];
        _count = 0;
        if (items.Length > 0)
        {
            _pool?.Return(items);
            _filterKeyPool?.Return(filterKeys);
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
