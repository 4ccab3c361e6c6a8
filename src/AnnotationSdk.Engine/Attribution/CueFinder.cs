using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>Looks up the cue lexicon at a token.</summary>
internal sealed class CueFinder(AnnotationContext context)
{
    private readonly AttributionLexicons _lexicons = AttributionLexicons.Default;

    public bool TryCueAt(int index, out CueHit cue) => TryCueAt(index, context.Tokens.Count, out cue);

    /// <summary>A cue starting at token <paramref name="index"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryCueAt(int index, int limit, out CueHit cue)
    {
        cue = default;
        var tokens = context.Tokens;
        if (tokens[index].Kind != TokenKind.Word || !_lexicons.Cues.TryMatch(context.Text, tokens, index, limit, out var match) || match.Value == CueKind.None)
        {
            return false;
        }

        // A capitalised cue word mid-sentence is a name ("United States"), not a verb, unless the line is in Title Case ("Mayor Says …").
        if (context.IsCapitalized(index) && index > 0 && tokens[index - 1].Sentence == tokens[index].Sentence && tokens[index - 1].Kind != TokenKind.QuoteMark
            && !InTitleCaseLine(index))
        {
            return false;
        }

        cue = new CueHit(match.Start, match.End, match.Value);
        return true;
    }

    /// <summary>A short paragraph, a headline, whose words are all capitalised but the small ones.</summary>
    private bool InTitleCaseLine(int index)
    {
        const int MaxHeadlineTokens = 24;
        var tokens = context.Tokens;
        var paragraph = tokens[index].Paragraph;
        var first = index;
        while (first > 0 && tokens[first - 1].Paragraph == paragraph)
        {
            if (index - first >= MaxHeadlineTokens)
            {
                return false;
            }

            first--;
        }

        var words = 0;
        for (var i = first; i < tokens.Count && tokens[i].Paragraph == paragraph; i++)
        {
            if (i - first >= MaxHeadlineTokens)
            {
                return false;
            }

            if (tokens[i].Kind == TokenKind.Word)
            {
                words++;
                if (!context.IsCapitalized(i) && !_lexicons.TitleSmallWords.Contains(context.TextOf(i)))
                {
                    return false;
                }
            }
        }

        return words >= 3;
    }

    /// <summary>"saying", "adding": a participle whose subject is the clause's, not the word before it.</summary>
    public bool IsParticiple(CueHit cue) => context.TextOf(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
