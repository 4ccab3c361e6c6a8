using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Lexicons;

/// <summary>A phrase found in the token stream: tokens [Start, End) and the value its lexicon entry carries.</summary>
public readonly record struct PhraseMatch<TValue>(int Start, int End, TValue Value)
{
    public int Length => End - Start;
}

/// <summary>
/// Finds lexicon phrases in the token stream, longest first, case-insensitively, without allocating per lookup.
/// Phrases are split into tokens with the same tokenizer as documents, so "may have been" and "U.S." match
/// exactly what the document tokenizer produces.
/// </summary>
public sealed class PhraseMatcher<TValue>
{
    private readonly Node _root = new();
    private readonly WordFilter _firstWords = new();

    // The first words of one-word phrases, and the first two words of the others.
    private readonly WordFilter _singleWords = new();
    private readonly WordPairFilter _firstPairs = new();

    public PhraseMatcher(IEnumerable<(string Phrase, TValue Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            Add(phrase, value);
        }

        _root.Freeze();
    }

    public int MaxTokens { get; private set; }

    /// <summary>The first tokens of the phrases: a match can start only at a token equal to one, ignoring case.</summary>
    internal IEnumerable<string> FirstWords => _root.Children?.Keys ?? Enumerable.Empty<string>();

    /// <summary>The second tokens of the phrases whose first token is <paramref name="first"/>, ignoring case.</summary>
    internal IEnumerable<string> WordsAfter(string first) =>
        _root.Children is not null && _root.Children.TryGetValue(first, out var node) && node.Children is not null ? node.Children.Keys : Enumerable.Empty<string>();

    /// <summary>False when no phrase can start at token <paramref name="index"/>, for loops that ask at every token (it
    /// rejects most of them, and a look-up's call and set-up cost more than the test): the first-word filter that
    /// <see cref="TryMatch(string, ReadOnlySpan{Token}, int, int, out PhraseMatch{TValue})"/> begins with, then for
    /// a word that opens only longer phrases ("the", "a", "in"), the same test on the pair it forms with the next token.
    /// Read from the tokens' filter keys (<see cref="TokenList.FilterKeys"/>), not their text.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool MayStartAt(ReadOnlySpan<uint> filterKeys, int index)
    {
        // The answer of testing the first word, then the one-word phrases or the pair (a one-word phrase's word is among
        // the first words), in an order that rejects sooner: the first-word test lets a fifth of the tokens through
        // ("the", "to", "in"), and its branch, taken first, was mispredicted at many of them; the other two let few through.
        var first = filterKeys[index];
        if (_singleWords.MayContain(first))
        {
            return true;
        }

        var next = index + 1;
        return next < filterKeys.Length && _firstPairs.MayContain(first, filterKeys[next]) && _firstWords.MayContain(first);
    }

    private void Add(string phrase, TValue value)
    {
        var node = _root;
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var first = phrase.AsSpan(tokens[0].Start, tokens[0].Length);
        _firstWords.Add(first);
        if (tokens.Count == 1)
        {
            _singleWords.Add(first);
        }
        else
        {
            _firstPairs.Add(first, phrase.AsSpan(tokens[1].Start, tokens[1].Length));
        }

        foreach (var token in tokens)
        {
            var key = phrase.Substring(token.Start, token.Length);
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            }

            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children.Add(key, child);
            }

            node = child;
        }

        node.HasValue = true;
        node.Value = value;
        MaxTokens = Math.Max(MaxTokens, tokens.Count);
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>, if any.</summary>
    public bool TryMatch(string text, IReadOnlyList<Token> tokens, int start, out PhraseMatch<TValue> match) =>
        TryMatch(text, tokens, start, tokens.Count, out match);

    /// <summary>The longest phrase starting at token <paramref name="start"/>, if any.</summary>
    public bool TryMatch(string text, TokenList tokens, int start, out PhraseMatch<TValue> match) =>
        TryMatch(text, tokens.AsSpan(), start, tokens.Count, out match);

    /// <inheritdoc cref="TryMatch(string, ReadOnlySpan{Token}, int, int, out PhraseMatch{TValue})"/>
    public bool TryMatch(string text, TokenList tokens, int start, int limit, out PhraseMatch<TValue> match) =>
        TryMatch(text, tokens.AsSpan(), start, limit, out match);

    /// <inheritdoc cref="TryMatch(string, ReadOnlySpan{Token}, int, int, out PhraseMatch{TValue})"/>
    public bool TryMatch(string text, IReadOnlyList<Token> tokens, int start, int limit, out PhraseMatch<TValue> match)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        switch (tokens)
        {
            case TokenList list:
                return TryMatch(text, list.AsSpan(), start, limit, out match);
            case List<Token> list:
                return TryMatch(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), start, limit, out match);
            case Token[] array:
                return TryMatch(text, array.AsSpan(), start, limit, out match);
        }

        // Any other list: only the tokens a phrase could span are read, at most MaxTokens of them.
        limit = Math.Min(limit, tokens.Count);
        if ((uint)start >= (uint)limit)
        {
            match = default;
            return false;
        }

        Span<Token> window = new Token[Math.Min(limit - start, Math.Max(MaxTokens, 1))];
        for (var i = 0; i < window.Length; i++)
        {
            window[i] = tokens[start + i];
        }

        var found = TryMatch(text, window, 0, window.Length, out var local);
        match = found ? new PhraseMatch<TValue>(start + local.Start, start + local.End, local.Value) : default;
        return found;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>.
    /// Positions outside the token stream match nothing, so a rule may look before the first token or past the last.
    /// </summary>
    public bool TryMatch(string text, ReadOnlySpan<Token> tokens, int start, int limit, out PhraseMatch<TValue> match)
    {
        if ((uint)start >= (uint)Math.Min(limit, tokens.Length) || !_firstWords.MayContain(text.AsSpan(tokens[start].Start, tokens[start].Length)))
        {
            match = default;
            return false;
        }

        return TryMatchPastFilter(text, tokens, start, limit, out match);
    }

    /// <summary>As <see cref="TryMatch(string, ReadOnlySpan{Token}, int, int, out PhraseMatch{TValue})"/>, for a token
    /// <see cref="MayStartAt"/> has already let through: a loop that filters every token itself need not filter twice.</summary>
    internal bool TryMatchPastFilter(string text, ReadOnlySpan<Token> tokens, int start, int limit, out PhraseMatch<TValue> match)
    {
        // The first word is probed without the root's initial mask: the caller's first-word filter, which has passed
        // it, is the finer test. The longest phrase is kept in locals and written out once, as most walks end a word
        // after their first.
        limit = Math.Min(limit, tokens.Length);
        if ((uint)start >= (uint)limit || _root.Lookup is null
            || !_root.Lookup.TryGetValue(text.AsSpan(tokens[start].Start, tokens[start].Length), out var node))
        {
            match = default;
            return false;
        }

        var longest = node.HasValue ? node : null;
        var end = start + 1;
        for (var i = start + 1; i < limit && node.Lookup is not null; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (!node.MayHaveChild(word) || !node.Lookup.TryGetValue(word, out var child))
            {
                break;
            }

            node = child;
            if (node.HasValue)
            {
                longest = node;
                end = i + 1;
            }
        }

        if (longest is null)
        {
            match = default;
            return false;
        }

        match = new PhraseMatch<TValue>(start, end, longest.Value!);
        return true;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;

        // Children as a table, built once every phrase is in.
        public WordTable<Node>? Lookup;
        public bool HasValue;
        public TValue? Value;

        // Most words after a phrase's first word end the walk here, without hashing the word.
        private InitialMask _children;

        public void Freeze()
        {
            if (Children is null)
            {
                return;
            }

            Lookup = new WordTable<Node>(Children);
            foreach (var (key, child) in Children)
            {
                _children.Add(key);
                child.Freeze();
            }
        }

        /// <summary>False only when no child can equal <paramref name="word"/>, ignoring case.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MayHaveChild(ReadOnlySpan<char> word) => _children.MayContain(word);
    }
}
