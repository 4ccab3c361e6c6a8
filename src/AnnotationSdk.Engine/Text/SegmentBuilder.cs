using System.Runtime.CompilerServices;

namespace AnnotationSdk.Engine.Text;

/// <summary>What the tokenizer asks, token by token, for the sentence and paragraph of the token it is about to write.</summary>
internal interface ISegmentation
{
    /// <summary>Closes the sentence or paragraph that ends before <paramref name="next"/>; <paramref name="placed"/> are the tokens before it.</summary>
    /// <param name="lineBreakBefore"><paramref name="next"/>'s <see cref="Token.LineBreakBefore"/>, and <paramref name="spaceBefore"/>
    /// its <see cref="Token.SpaceBefore"/>, as the caller holds them: read back from the token it has just written, they
    /// waited on its stores (about 5 % of the context).</param>
    /// <returns>Whether it closed one, so that <paramref name="next"/> is in a later sentence than the token before it.</returns>
    bool Enter(ReadOnlySpan<Token> placed, in Token next, bool lineBreakBefore, bool spaceBefore);

    int Sentence { get; }

    int Paragraph { get; }
}

/// <summary>For a bare token stream: every token in sentence and paragraph 0.</summary>
internal struct NoSegmentation : ISegmentation
{
    public readonly bool Enter(ReadOnlySpan<Token> placed, in Token next, bool lineBreakBefore, bool spaceBefore) => false;

    public readonly int Sentence => 0;

    public readonly int Paragraph => 0;
}

/// <summary>
/// The segmenter's rules applied to one token at a time, so that the tokenizer writes each token once, with its
/// sentence and paragraph, instead of a second pass rewriting every token. A line break ends a sentence; it ends a
/// paragraph too unless it looks like a hard wrap (the line does not end a sentence and the next line starts in lower case).
/// </summary>
internal struct SegmentBuilder(string text, Lexicons.Abbreviations abbreviations, int expectedTokens) : ISegmentation
{
    // News sentences run to about 25 tokens and paragraphs to two sentences: room for most without regrowing.
    private SegmentBuffer _sentences = new((expectedTokens / 16) + 1, SegmentBuffer.Sentences);
    private SegmentBuffer _paragraphs = new((expectedTokens / 32) + 1, SegmentBuffer.Paragraphs);
    private int _sentenceStart;
    private int _paragraphStart;

    public readonly int Sentence => _sentences.Count;

    public readonly int Paragraph => _paragraphs.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Enter(ReadOnlySpan<Token> placed, in Token next, bool lineBreakBefore, bool spaceBefore)
    {
        var index = placed.Length;
        if (index > 0 && lineBreakBefore)
        {
            if (IsHardWrap(text, placed[index - 1], next))
            {
                return false;
            }

            Close(ref _sentences, placed, ref _sentenceStart);
            Close(ref _paragraphs, placed, ref _paragraphStart);
            return true;
        }

        // Only a terminator or a closer after it can end a sentence: the word or number before most tokens rules it out without the call.
        if (index > _sentenceStart && spaceBefore && placed[index - 1].Kind is TokenKind.Punctuation or TokenKind.QuoteMark
            && EndsSentenceBefore(text, placed, next, abbreviations))
        {
            Close(ref _sentences, placed, ref _sentenceStart);
            return true;
        }

        return false;
    }

    /// <summary>Closes the last sentence and paragraph and returns both lists.</summary>
    public (Segment[] Sentences, Segment[] Paragraphs) Finish(ReadOnlySpan<Token> tokens)
    {
        Close(ref _sentences, tokens, ref _sentenceStart);
        Close(ref _paragraphs, tokens, ref _paragraphStart);
        return (_sentences.ToArrayAndReturn(), _paragraphs.ToArrayAndReturn());
    }

    /// <summary>Ends the segment open since <paramref name="start"/> after the last of <paramref name="tokens"/>.</summary>
    private static void Close(ref SegmentBuffer segments, ReadOnlySpan<Token> tokens, ref int start)
    {
        var end = tokens.Length;
        if (end > start)
        {
            segments.Add(new Segment(segments.Count, new TextSpan(tokens[start].Start, tokens[end - 1].End), start, end));
        }

        start = end;
    }

    private static bool IsHardWrap(string text, in Token previous, in Token next)
    {
        if (HasBlankLineBetween(text, previous.End, next.Start))
        {
            return false;
        }

        var lastChar = text[previous.End - 1];
        var endsSentence = lastChar is '.' or '!' or '?' or ':' or '\u2026' || previous.Kind == TokenKind.QuoteMark;
        return !endsSentence && next.Kind == TokenKind.Word && char.IsLower(text[next.Start]);
    }

    private static bool HasBlankLineBetween(string text, int from, int to)
    {
        var lineBreaks = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n' || text[i] == '\u2029')
            {
                lineBreaks++;
            }
        }

        return lineBreaks >= 2;
    }

    /// <summary>Does a sentence end between the last of <paramref name="placed"/> and <paramref name="next"/>?</summary>
    private static bool EndsSentenceBefore(string text, ReadOnlySpan<Token> placed, in Token next, Lexicons.Abbreviations abbreviations)
    {
        if (!next.SpaceBefore)
        {
            return false;
        }

        // Walk back over closing quote marks and brackets glued to the terminator: ...end." Next
        var j = placed.Length - 1;
        while (j >= 0 && !placed[j].SpaceBefore && IsCloser(text, placed[j]))
        {
            j--;
        }

        if (j < 0 || placed[j].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var terminator = text[placed[j].Start];
        if (terminator is not ('.' or '!' or '?' or '\u2026'))
        {
            return false;
        }

        if (!StartsSentence(text, next))
        {
            return false;
        }

        if (terminator == '.' && j > 0 && !placed[j].SpaceBefore && placed[j - 1].Kind == TokenKind.Word)
        {
            var word = text.AsSpan(placed[j - 1].Start, placed[j - 1].Length);
            if (abbreviations.IsAbbreviation(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCloser(string text, in Token token) =>
        token.Kind == TokenKind.QuoteMark || (token.Kind == TokenKind.Punctuation && text[token.Start] is ')' or ']');

    private static bool StartsSentence(string text, in Token token)
    {
        var c = text[token.Start];
        return token.Kind switch
        {
            TokenKind.Word => token.Capitalized,
            TokenKind.Number => true,
            TokenKind.QuoteMark => true,
            _ => c is '(' or '[' or '\u2014' or '\u2013',
        };
    }
}
