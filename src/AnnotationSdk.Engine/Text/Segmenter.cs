namespace AnnotationSdk.Engine.Text;

/// <summary>
/// Assigns every token its paragraph and sentence in one pass, and returns both segment lists.
/// A line break ends a sentence; it ends a paragraph too unless it looks like a hard wrap
/// (the line does not end a sentence and the next line starts in lower case).
/// </summary>
public static class Segmenter
{
    public static (Segment[] Sentences, Segment[] Paragraphs) Assign(string text, List<Token> tokens, Lexicons.Abbreviations abbreviations)
    {
        // News sentences run to about 25 tokens and paragraphs to two sentences: room for most without regrowing.
        var sentences = new List<Segment>((tokens.Count / 16) + 1);
        var paragraphs = new List<Segment>((tokens.Count / 32) + 1);
        var sentenceStart = 0;
        var paragraphStart = 0;

        // The list's own storage: the tokens are read and rewritten in place, without the list's checks.
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (var i = 0; i < span.Length; i++)
        {
            var token = span[i];
            if (i > 0 && token.LineBreakBefore)
            {
                var hardWrap = IsHardWrap(text, span, i);
                if (!hardWrap)
                {
                    Close(sentences, span, ref sentenceStart, i);
                    Close(paragraphs, span, ref paragraphStart, i);
                }
            }
            // Only a terminator or a closer after it can end a sentence: the word or number before most tokens rules it out without the call.
            else if (i > sentenceStart && token.SpaceBefore && span[i - 1].Kind is TokenKind.Punctuation or TokenKind.QuoteMark
                && EndsSentenceBefore(text, span, i, abbreviations))
            {
                Close(sentences, span, ref sentenceStart, i);
            }

            span[i] = token with { Sentence = sentences.Count, Paragraph = paragraphs.Count };
        }

        Close(sentences, span, ref sentenceStart, span.Length);
        Close(paragraphs, span, ref paragraphStart, span.Length);
        return (sentences.ToArray(), paragraphs.ToArray());
    }

    private static void Close(List<Segment> segments, ReadOnlySpan<Token> tokens, ref int start, int end)
    {
        if (end > start)
        {
            segments.Add(new Segment(segments.Count, new TextSpan(tokens[start].Start, tokens[end - 1].End), start, end));
        }

        start = end;
    }

    private static bool IsHardWrap(string text, ReadOnlySpan<Token> tokens, int next)
    {
        var previous = tokens[next - 1];
        if (HasBlankLineBetween(text, previous.End, tokens[next].Start))
        {
            return false;
        }

        var lastChar = text[previous.End - 1];
        var endsSentence = lastChar is '.' or '!' or '?' or ':' or '\u2026' || tokens[next - 1].Kind == TokenKind.QuoteMark;
        return !endsSentence && tokens[next].Kind == TokenKind.Word && char.IsLower(text[tokens[next].Start]);
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

    /// <summary>Does a sentence end between token <paramref name="next"/> - 1 and <paramref name="next"/>?</summary>
    private static bool EndsSentenceBefore(string text, ReadOnlySpan<Token> tokens, int next, Lexicons.Abbreviations abbreviations)
    {
        var token = tokens[next];
        if (!token.SpaceBefore)
        {
            return false;
        }

        // Walk back over closing quote marks and brackets glued to the terminator: ...end." Next
        var j = next - 1;
        while (j >= 0 && !tokens[j].SpaceBefore && IsCloser(text, tokens[j]))
        {
            j--;
        }

        if (j < 0 || tokens[j].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var terminator = text[tokens[j].Start];
        if (terminator is not ('.' or '!' or '?' or '\u2026'))
        {
            return false;
        }

        if (!StartsSentence(text, token))
        {
            return false;
        }

        if (terminator == '.' && j > 0 && !tokens[j].SpaceBefore && tokens[j - 1].Kind == TokenKind.Word)
        {
            var word = text.AsSpan(tokens[j - 1].Start, tokens[j - 1].Length);
            if (abbreviations.IsAbbreviation(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCloser(string text, Token token) =>
        token.Kind == TokenKind.QuoteMark || (token.Kind == TokenKind.Punctuation && text[token.Start] is ')' or ']');

    private static bool StartsSentence(string text, Token token)
    {
        var c = text[token.Start];
        return token.Kind switch
        {
            TokenKind.Word => char.IsUpper(c),
            TokenKind.Number => true,
            TokenKind.QuoteMark => true,
            _ => c is '(' or '[' or '\u2014' or '\u2013',
        };
    }
}
