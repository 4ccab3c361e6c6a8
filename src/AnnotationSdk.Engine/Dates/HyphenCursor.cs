namespace AnnotationSdk.Engine.Dates;

/// <summary>Where the next hyphen is: the text is searched once, vectorized, instead of every token's characters.</summary>
internal struct HyphenCursor(string text)
{
    private int _searchedFrom = int.MaxValue;
    private int _next = -1;

    /// <summary>True when [start, end) holds a hyphen ('-' or U+2010). Tokens come in text order: the text is searched
    /// again only past the hyphen found (or before where it was searched from).</summary>
    public bool AnyIn(int start, int end)
    {
        if (_next < start || start < _searchedFrom)
        {
            var found = text.AsSpan(start).IndexOfAny('-', '\u2010');
            _next = found < 0 ? int.MaxValue : start + found;
            _searchedFrom = start;
        }

        return _next < end;
    }
}
