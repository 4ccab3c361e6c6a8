using System.Collections;
using System.Runtime.InteropServices;

namespace AnnotationSdk.Engine.Text;

/// <summary>
/// The shared token stream of one document, read-only. A sealed class rather than an interface so the rules'
/// per-token reads (<c>tokens[i]</c>, <c>Count</c>) are direct, inlinable calls; it is still an
/// <see cref="IReadOnlyList{T}"/> wherever one is expected.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly List<Token> _tokens;

    internal TokenList(List<Token> tokens) => _tokens = tokens;

    public int Count => _tokens.Count;

    public Token this[int index] => _tokens[index];

    public ReadOnlySpan<Token> AsSpan() => CollectionsMarshal.AsSpan(_tokens);

    public List<Token>.Enumerator GetEnumerator() => _tokens.GetEnumerator();

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
