using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>Headlines: a cue in one is capitalised ("Mayor Says"), and a quote in one is capitalised like its line.</summary>
internal static class TitleCaseLine
{
    /// <summary>A short paragraph, a headline, whose words are all capitalised but the small ones.</summary>
    public static bool Contains(AnnotationContext context, int index) => TryGetStart(context, index, out _);

    /// <summary>As <see cref="Contains"/>, with the first token of the headline.</summary>
    public static bool TryGetStart(AnnotationContext context, int index, out int first)
    {
        const int MaxHeadlineTokens = 24;
        var tokens = context.Tokens;
        var paragraph = context.Paragraphs[tokens[index].Paragraph];
        first = paragraph.FirstToken;

        // Most paragraphs are longer than a headline: asked at every name and cue, the answer takes no token read.
        if (paragraph.TokenCount > MaxHeadlineTokens)
        {
            return false;
        }

        var words = 0;
        for (var i = first; i < paragraph.EndToken; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                words++;
                if (!context.IsCapitalized(i) && !AttributionLexicons.Default.TitleSmallWords.Contains(context.TextOf(i)))
                {
                    return false;
                }
            }
        }

        return words >= 3;
    }
}
