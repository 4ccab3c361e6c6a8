namespace AnnotationSdk.Engine.Dates;

/// <summary>Where the next hyphen is: the text is searched once, vectorized, instead of every token's characters.
/// It is asked about tokens in text order.</summary>
internal struct HyphenCursor(string text)
{
    private int _next = NextFrom(text, 0);

    /// <summary>True when [start, end) holds a hyphen ('-' or U+2010). The text is searched again only past the hyphen found.</summary>
    public bool AnyIn(int start, int end)
    {
        if (_next < start)
        {
            _next = NextFrom(text, start);
        }

        return _next < end;
    }

    /// <summary>True when no hyphen lies between the last token asked about (or the text's start) and <paramref name="end"/>:
    /// a token that ends there has none, with no search.</summary>
    public readonly bool NoneBefore(int end) => _next >= end;

    private static int NextFrom(string text, int start)
    {
        var found = text.AsSpan(start).IndexOfAny('-', '\u2010');
        return found < 0 ? int.MaxValue : start + found;
    }
}
