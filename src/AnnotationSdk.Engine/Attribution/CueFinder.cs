using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>Looks up the cue lexicon at a token.</summary>
internal sealed class CueFinder(AnnotationContext context, TokenWordClasses words)
{
    private readonly AttributionLexicons _lexicons = AttributionLexicons.Default;

    /// <summary>False when no cue can start at token <paramref name="index"/>, which holds for nine words in ten: a test
    /// cheap enough for the loops that ask at every token before <see cref="TryCueAtCandidate"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStartAt(int index) =>
        context.Tokens[index].Kind == TokenKind.Word && _lexicons.Cues.MayStartAt(context.Tokens.FilterKeys, index);

    /// <summary>A cue starting at token <paramref name="index"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryCueAt(int index, int limit, out CueHit cue) => TryCueAt(index, limit, passedFilter: false, out cue);

    /// <summary>As <see cref="TryCueAt(int, int, out CueHit)"/>, at a word <see cref="MayStartAt"/> has let through: the
    /// lexicon's filter is not asked again.</summary>
    public bool TryCueAtCandidate(int index, int limit, out CueHit cue) => TryCueAt(index, limit, passedFilter: true, out cue);

    private bool TryCueAt(int index, int limit, bool passedFilter, out CueHit cue)
    {
        cue = default;
        var tokens = context.Tokens;
        if (tokens[index].Kind != TokenKind.Word)
        {
            return false;
        }

        var cueWords = _lexicons.Cues;
        var found = passedFilter
            ? cueWords.TryMatchPastFilter(context.Text, tokens.AsSpan(), index, limit, out var match)
            : cueWords.TryMatch(context.Text, tokens, index, limit, out match);
        if (!found || match.Value == CueKind.None)
        {
            return false;
        }

        // A capitalised cue word mid-sentence is a name ("United States"), not a verb, unless the line is in Title Case ("Mayor Says …").
        if (context.IsCapitalized(index) && index > 0 && tokens[index - 1].Sentence == tokens[index].Sentence && tokens[index - 1].Kind != TokenKind.QuoteMark
            && !TitleCaseLine.Contains(context, index))
        {
            return false;
        }

        if (match.End == index + 1 && match.Value != CueKind.Noun && (IsPassive(index) || IsNounForm(index) || IsComparedAdjective(index) || IsNamingClause(index)))
        {
            return false;
        }

        cue = new CueHit(match.Start, match.End, match.Value);
        return true;
    }

    /// <summary>"a device was found", "the bill is also backed by": a participle of the passive list after a form of "be", one adverb allowed between.</summary>
    private bool IsPassive(int index) => words.Is(index, WordClasses.NotPassive) && FollowsBe(index);

    /// <summary>"is expected", "are widely expected", "was not told": a form of "be" before the token, one adverb allowed between.</summary>
    public bool FollowsBe(int index)
    {
        var j = index - 1;
        if (j >= 0 && context.Tokens[j].Kind == TokenKind.Word && (context.TextOf(j).EndsWith("ly", StringComparison.OrdinalIgnoreCase)
            || context.Is(j, "also") || context.Is(j, "not") || context.Is(j, "never") || context.Is(j, "already") || context.Is(j, "still")))
        {
            j--;
        }

        return j >= 0 && context.Tokens[j].Kind == TokenKind.Word
            && (context.Is(j, "is") || context.Is(j, "are") || context.Is(j, "was") || context.Is(j, "were") || context.Is(j, "be") || context.Is(j, "been") || context.Is(j, "being"));
    }

    /// <summary>"condemned what he called a breach": a naming verb in a "what" clause is part of the content, not its cue.</summary>
    private bool IsNamingClause(int index) =>
        index >= 2 && context.Tokens[index - 1].Kind == TokenKind.Word && context.Is(index - 2, "what")
        && words.Is(index, WordClasses.NamingVerb);

    /// <summary>"a more detailed plan", "the least informed voters": a participle after "more" or "most" is an adjective.</summary>
    private bool IsComparedAdjective(int index) =>
        index > 0 && context.Tokens[index - 1].Kind == TokenKind.Word && words.Is(index - 1, WordClasses.Comparative)
        && context.TextOf(index).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>"the show", "his claims", "Ohio’s support", "85 percent support", "of Republican claims": a verb that is a noun after an article, a possessive, a number or "of" and a modifier.</summary>
    private bool IsNounForm(int index)
    {
        if (index == 0 || !words.Is(index, WordClasses.NounForm))
        {
            return false;
        }

        var before = context.Tokens[index - 1];
        if (before.Sentence != context.Tokens[index].Sentence)
        {
            return false;
        }

        if (before.Kind == TokenKind.Number)
        {
            return true;
        }

        var word = context.TextOf(index - 1);
        if (OfModifierNoun(index, word))
        {
            return true;
        }

        return before.Kind == TokenKind.Word
            && (context.Is(index - 1, "the") || context.Is(index - 1, "a") || context.Is(index - 1, "an") || context.Is(index - 1, "percent")
                || words.Is(index - 1, WordClasses.Possessive) || SourceFinder.IsPossessive(word));
    }

    /// <summary>"32% of Republican claims": after "of" and a singular modifier, a verb in -s is a plural noun; a verb
    /// would need a plural subject there ("a majority of Americans say").</summary>
    private bool OfModifierNoun(int index, ReadOnlySpan<char> modifier) =>
        index >= 2 && context.Is(index - 2, "of") && context.Tokens[index - 1].Kind == TokenKind.Word
        && context.Tokens[index - 2].Sentence == context.Tokens[index].Sentence
        && !modifier.EndsWith("s", StringComparison.OrdinalIgnoreCase) && context.TextOf(index).EndsWith("s", StringComparison.OrdinalIgnoreCase);

    /// <summary>"saying", "adding": a participle whose subject is the clause's, not the word before it.</summary>
    public bool IsParticiple(CueHit cue) => context.TextOf(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
