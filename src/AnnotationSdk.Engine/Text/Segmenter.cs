namespace AnnotationSdk.Engine.Text;

/// <summary>
/// Assigns every token its paragraph and sentence in one pass, and returns both segment lists.
/// A line break ends a sentence; it ends a paragraph too unless it looks like a hard wrap
/// (the line does not end a sentence and the next line starts in lower case).
/// </summary>
/// <remarks>A document's context gets the same from <see cref="Tokenizer.TokenizeAndSegment"/>, as it tokenizes.</remarks>
public static class Segmenter
{
    public static (Segment[] Sentences, Segment[] Paragraphs) Assign(string text, List<Token> tokens, Lexicons.Abbreviations abbreviations)
    {
        // The list's own storage: the tokens are read and rewritten in place, without the list's checks.
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var segments = new SegmentBuilder(text, abbreviations, span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            var token = span[i];
            segments.Enter(span[..i], token, token.LineBreakBefore, token.SpaceBefore);
            span[i] = token with { Sentence = segments.Sentence, Paragraph = segments.Paragraph };
        }

        return segments.Finish(span);
    }
}
