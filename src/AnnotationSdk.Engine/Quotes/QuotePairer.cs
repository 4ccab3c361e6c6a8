using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Quotes;

/// <summary>
/// Pairs quote marks into outermost quotes in one pass over the tokens, with a small bounded stack for nesting
/// (‘inner’ quotes inside “outer” ones). A quote still open at a paragraph's end continues only when the next
/// paragraph reopens it (the multi-paragraph convention: an opening mark on each paragraph, one closing mark at
/// the end); otherwise it ends with its paragraph, so an unbalanced mark never swallows the rest of the document.
/// </summary>
internal static class QuotePairer
{
    /// <summary>Deeper nesting than this does not occur in prose; marks beyond it are ignored.</summary>
    private const int MaxDepth = 4;

    public static List<QuoteRun> Pair(AnnotationContext context)
    {
        var runs = new List<QuoteRun>();
        var tokens = context.Tokens.AsSpan();
        var stack = new QuoteMark[MaxDepth];
        var depth = 0;
        var paragraphs = 1;
        for (var i = 0; (i = depth == 0 ? NextQuoteMark(tokens, i) : NextQuoteMarkOrParagraph(tokens, i)) < tokens.Length; i++)
        {
            context.ThrowIfCancellationRequested();
            ref readonly var token = ref tokens[i];
            var mark = token.Kind == TokenKind.QuoteMark ? QuoteMarkClassifier.Classify(context, i) : default;
            if (depth > 0 && i > 0 && token.Paragraph != tokens[i - 1].Paragraph)
            {
                if (stack[0].Family == QuoteMarkFamily.Double && token.Kind == TokenKind.QuoteMark
                    && mark.Family == QuoteMarkFamily.Double && mark.Role is QuoteMarkRole.Open or QuoteMarkRole.Either)
                {
                    // The quote goes on in this paragraph: the reopening mark is not a new quote.
                    depth = 1;
                    paragraphs++;
                    continue;
                }

                EndUnclosed(runs, stack[0], i - 1, paragraphs);
                depth = 0;
                paragraphs = 1;
            }

            if (token.Kind != TokenKind.QuoteMark || mark.Role == QuoteMarkRole.None)
            {
                continue;
            }

            var match = FindOpen(stack, depth, mark.Family);
            if (match >= 0 && mark.Role is QuoteMarkRole.Close or QuoteMarkRole.Either)
            {
                if (match == 0)
                {
                    runs.Add(new QuoteRun(stack[0].Token, i, stack[0].Family, Closed: true, paragraphs));
                    paragraphs = 1;
                }

                depth = match;
            }
            else if (mark.Role is QuoteMarkRole.Open or QuoteMarkRole.Either && depth < MaxDepth)
            {
                stack[depth++] = mark;
            }
        }

        if (depth > 0)
        {
            EndUnclosed(runs, stack[0], tokens.Length - 1, paragraphs);
        }

        return runs;
    }

    /// <summary>The first quote mark from <paramref name="start"/> on, or the token count: outside a quote nothing else
    /// matters, and few tokens are one.</summary>
    /// <remarks>Loops of their own, without the cancellation check: in the pairing loop every token paid for its state,
    /// kept on the stack across the classifier's call.</remarks>
    private static int NextQuoteMark(ReadOnlySpan<Token> tokens, int start)
    {
        var i = start;
        while (i < tokens.Length && tokens[i].Kind != TokenKind.QuoteMark)
        {
            i++;
        }

        return i;
    }

    /// <summary>As <see cref="NextQuoteMark"/>, stopping also at the first token of a new paragraph: inside a quote, where
    /// the quote may end with its paragraph. <paramref name="start"/> is past the quote's opening mark, so above 0.</summary>
    private static int NextQuoteMarkOrParagraph(ReadOnlySpan<Token> tokens, int start)
    {
        var paragraph = tokens[start - 1].Paragraph;
        var i = start;
        while (i < tokens.Length && tokens[i].Kind != TokenKind.QuoteMark && tokens[i].Paragraph == paragraph)
        {
            i++;
        }

        return i;
    }

    /// <summary>The innermost open quote of the family, searched from the top of the stack.</summary>
    private static int FindOpen(QuoteMark[] stack, int depth, QuoteMarkFamily family)
    {
        for (var d = depth - 1; d >= 0; d--)
        {
            if (stack[d].Family == family)
            {
                return d;
            }
        }

        return -1;
    }

    /// <summary>A double quote left open is kept up to its paragraph's end; a single one is more likely an apostrophe.</summary>
    private static void EndUnclosed(List<QuoteRun> runs, QuoteMark open, int last, int paragraphs)
    {
        if (open.Family == QuoteMarkFamily.Double && last > open.Token)
        {
            runs.Add(new QuoteRun(open.Token, last, open.Family, Closed: false, paragraphs));
        }
    }
}
