using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Hedges;

/// <summary>
/// Decides whether a matched hedge phrase is a hedge in its context, and which tokens the hedge covers.
/// Every rule looks at most a few tokens either side of the phrase, inside its sentence.
/// </summary>
internal sealed class HedgeGuards(AnnotationContext context, ContextWords words)
{
    private readonly TokenList _tokens = context.Tokens;

    /// <summary>Applies the phrase's guard; on success <paramref name="first"/>..<paramref name="end"/> are the hedge's tokens.</summary>
    public bool Accept(PhraseMatch<HedgeCue> match, Segment sentence, out int first, out int end)
    {
        first = match.Start;
        end = match.End;
        return match.Value.Guard switch
        {
            HedgeGuard.None => true,
            HedgeGuard.Modal => IsModal(match.Start, sentence),
            HedgeGuard.PastModal => IsModal(match.Start, sentence) && !IsPastAbility(match, sentence),
            HedgeGuard.EpistemicPossible => IsEpistemicPossible(match, sentence),
            HedgeGuard.Unfulfilled => !Has(match.Start - 1, sentence, WordClass.Comparison) && IsWord(match.End, sentence),
            HedgeGuard.Adjective => IsWord(match.End, sentence) && !Has(match.End, sentence, WordClass.NounFollower),
            HedgeGuard.Verb => !Has(match.Start - 1, sentence, WordClass.NounMarker),
            HedgeGuard.AfterDeterminer => Has(match.Start - 1, sentence, WordClass.NounMarker) && IsWord(match.End, sentence),
            HedgeGuard.BeliefClause => Has(match.End, sentence, WordClass.ClauseOpener) || IsPassiveParticiple(match, sentence),
            HedgeGuard.Judgement => IsJudgement(match, sentence),
            HedgeGuard.AsComplement => HasAsSoonAfter(match.End, sentence),
            HedgeGuard.NotLocative => IsWord(match.End, sentence) && !Has(match.End, sentence, WordClass.Locative),
            HedgeGuard.Quantity => TryQuantity(match.End, sentence, ref end),
            HedgeGuard.Speech => TrySpeech(sentence, ref first, ref end),
            _ => false,
        };
    }

    /// <summary>
    /// A modal, not the month: a capitalised "May" inside a sentence is the month unless the words around it are
    /// capitalised too (a title-case headline: "Russia May Send Troops"); any "May" before a number is the month.
    /// After "you" a modal gives permission or advice, which is no doubt.
    /// </summary>
    private bool IsModal(int index, Segment sentence)
    {
        var beforeNumber = InSentence(index + 1, sentence) && _tokens[index + 1].Kind == TokenKind.Number;
        if (beforeNumber || Has(index - 1, sentence, WordClass.RootSubject))
        {
            return false;
        }

        var capitalised = context.IsCapitalized(index);
        if (!capitalised || index == sentence.FirstToken || !context.Is(index, "may"))
        {
            return true;
        }

        return IsCapitalizedWord(index - 1, sentence) && IsCapitalizedWord(index + 1, sentence);
    }

    /// <summary>"could not", "before he could", "so they could": what someone was able to do, not what may be.</summary>
    private bool IsPastAbility(PhraseMatch<HedgeCue> match, Segment sentence) =>
        Has(match.End, sentence, WordClass.Negation)
        || Has(match.Start - 1, sentence, WordClass.AbilityContext)
        || Has(match.Start - 2, sentence, WordClass.AbilityContext)
        || Has(match.Start - 3, sentence, WordClass.AbilityContext);

    /// <summary>Not "as soon as possible", "made it possible", "possible to build", "possible for both players".</summary>
    private bool IsEpistemicPossible(PhraseMatch<HedgeCue> match, Segment sentence) =>
        !Has(match.Start - 1, sentence, WordClass.PossibleRoot)
        && !(context.Is(match.Start - 1, "it") && Has(match.Start - 2, sentence, WordClass.PossibleRoot))
        && !context.Is(match.End, "to")
        && !context.Is(match.End, "for");

    /// <summary>
    /// "is widely considered one of", "considered by many", "regarded as", "considered him perfect"; not "was considered
    /// for the role" or "was considered." (weighing something, not judging it).
    /// </summary>
    private bool IsJudgement(PhraseMatch<HedgeCue> match, Segment sentence)
    {
        if (HasAsSoonAfter(match.End, sentence))
        {
            return true;
        }

        var complementFollows = InSentence(match.End, sentence) && _tokens[match.End].Kind is TokenKind.Word or TokenKind.QuoteMark or TokenKind.Number;
        if (!complementFollows || Has(match.End, sentence, WordClass.Consideration))
        {
            return false;
        }

        return Has(match.Start - 1, sentence, WordClass.PassiveMarker)
            || (Has(match.Start - 2, sentence, WordClass.PassiveMarker) && Has(match.Start - 1, sentence, WordClass.PassiveMarker))
            || Has(match.End, sentence, WordClass.PassiveFollower)
            || (Has(match.End, sentence, WordClass.ObjectPronoun) && IsWord(match.End + 1, sentence));
    }

    /// <summary>"is assumed", "was presumed": a passive needs the participle, so "is assuming debt" is not one.</summary>
    private bool IsPassiveParticiple(PhraseMatch<HedgeCue> match, Segment sentence) =>
        Has(match.Start - 1, sentence, WordClass.PassiveMarker) && context.TextOf(match.End - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>"as" within the next few words of the clause: "seen by many as", "view them as", "regarded as".</summary>
    private bool HasAsSoonAfter(int next, Segment sentence)
    {
        const int Window = 5;
        for (var i = next; i < next + Window && InSentence(i, sentence); i++)
        {
            if (_tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (context.Is(i, "as"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"about 30", "some $4 million", "about a dozen": the number and the quantity words after it join the hedge.</summary>
    private bool TryQuantity(int next, Segment sentence, ref int end)
    {
        // The word after the approximator is looked up once for the three classes asked of it, not once for each.
        var i = next;
        var classes = ClassesOf(i, sentence);
        if ((classes & WordClass.Article) != 0
            || ((classes & WordClass.Currency) != 0 && InSentence(i + 1, sentence) && _tokens[i + 1].Kind == TokenKind.Number))
        {
            if (!IsQuantity(++i, sentence))
            {
                return false;
            }
        }
        else if (!InSentence(i, sentence) || (_tokens[i].Kind != TokenKind.Number && (classes & WordClass.Quantity) == 0))
        {
            return false;
        }

        // Bounded: "4 million", "two hundred thousand"; a longer run of numbers is a list, not one quantity.
        var last = i;
        while (last + 1 < sentence.EndToken && last - i < 3 && IsQuantity(last + 1, sentence) && _tokens[last + 1].SpaceBefore)
        {
            last++;
        }

        end = last + 1;
        return true;
    }

    private bool IsQuantity(int index, Segment sentence) =>
        InSentence(index, sentence) && (_tokens[index].Kind == TokenKind.Number || Has(index, sentence, WordClass.Quantity));

    /// <summary>
    /// "sources said", "critics say", "said one source", "according to sources": a generic source counts as a hedge only
    /// next to a speech verb or after "according to", and those words join its span.
    /// </summary>
    private bool TrySpeech(Segment sentence, ref int first, ref int end)
    {
        if (Has(end, sentence, WordClass.Speech))
        {
            end++;
            return true;
        }

        if (Has(first - 1, sentence, WordClass.Speech))
        {
            first--;
            return true;
        }

        if (context.Is(first - 1, "to") && Has(first - 2, sentence, WordClass.AttributionLead))
        {
            first -= 2;
            return true;
        }

        return false;
    }

    private static bool InSentence(int index, Segment sentence) => index >= sentence.FirstToken && index < sentence.EndToken;

    private bool IsWord(int index, Segment sentence) => InSentence(index, sentence) && _tokens[index].Kind == TokenKind.Word;

    private bool IsCapitalizedWord(int index, Segment sentence) => InSentence(index, sentence) && context.IsCapitalized(index);

    private bool Has(int index, Segment sentence, WordClass wordClass) => (ClassesOf(index, sentence) & wordClass) != 0;

    private WordClass ClassesOf(int index, Segment sentence) => InSentence(index, sentence) ? words.Of(context.TextOf(index)) : WordClass.None;
}
