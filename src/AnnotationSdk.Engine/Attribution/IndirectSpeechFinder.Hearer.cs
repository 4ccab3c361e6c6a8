using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>The one told ("told a crowd in Salem on Tuesday that …") is neither what was said nor who said it.</summary>
internal sealed partial class IndirectSpeechFinder
{
    /// <summary>
    /// After a verb whose object is the hearer ("told", "assured"), where the clause it reports starts: after "that"
    /// ("told a packed crowd in Salem on Tuesday that …"), at a subject pronoun ("told The Daily Ledger last week she
    /// would …"), or at the sentence's end when the hearer and the setting are all there is ("told a news conference.",
    /// which reports nothing after the verb). Null when a clause may start among the words in other ways (see
    /// <see cref="MayOpenClause"/>) or, for the sentence's end, at a second noun phrase ("told union workers Trump won",
    /// "told a reporter the plan failed") or after a cue that holds its hearer ("told reporters Ruth Hale won"): the
    /// words after the cue are then read as after any other.
    /// </summary>
    private int? ClauseAfterHearer(int first, int sentenceEnd, bool hearerInCue)
    {
        const int MaxHearerPhraseTokens = 20;
        var end = TrimEnd(sentenceEnd);
        var limit = Math.Min(end, first + MaxHearerPhraseTokens);

        // "told that …", "is assured of winning": no hearer after the verb ("told reporters in Salem that" holds it).
        if (first >= limit || context.Is(first, "that") || (!hearerInCue && words.Is(first, WordClasses.Preposition | WordClasses.SettingPreposition)))
        {
            return null;
        }

        // A determiner after a noun, or a capital after a lower-case noun before any preposition ("in snowy Windham" is
        // one phrase), may open the reported clause's subject.
        var secondPhrase = hearerInCue;
        var opensPhrase = true;
        var previousCapitalized = false;
        var afterPreposition = false;
        var quoted = false;
        for (var k = first; k < limit; k++)
        {
            var token = _tokens[k];
            if (token.Kind == TokenKind.QuoteMark)
            {
                // A name in quote marks goes on ("told ABC’s “Good Morning America” that"); words inside an open quote
                // are what was said, to the quote's own rules ("told a parent, “I don’t grade opinions.”").
                quoted = !quoted;
                continue;
            }

            if (token.Kind == TokenKind.Number || IsComma(k))
            {
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                return null;
            }

            if (context.Is(k, "that"))
            {
                return quoted ? null : k + 1;
            }

            var preposition = words.Is(k, WordClasses.Preposition | WordClasses.SettingPreposition);
            var determiner = !preposition && words.Is(k, WordClasses.Determiner | WordClasses.Possessive);
            if (!preposition && !determiner && sources.PronounOrContraction(k) is { } pronoun)
            {
                return k > first && pronoun != "relative" && !quoted ? k : null;
            }

            var inName = previousCapitalized && k + 1 < limit && _tokens[k + 1].Capitalized;
            if (MayOpenClause(k, first, preposition, inName, afterPreposition))
            {
                return null;
            }

            secondPhrase |= !opensPhrase && (determiner || (token.Capitalized && !previousCapitalized && !afterPreposition));
            afterPreposition |= preposition;
            opensPhrase = preposition || determiner;
            previousCapitalized = token.Capitalized || inName;
        }

        return limit == end && !secondPhrase && !quoted ? end : null;
    }

    /// <summary>
    /// Word <paramref name="k"/> of a hearer phrase may start what was said: an auxiliary, a subordinator or "and"
    /// (unless a preposition, or inside a name: "The Post and Courier"), "to", "not", "of" before a lower-case word
    /// ("reminded the crowd of the stakes"; "the Bank of England" goes on), "about", or, before any preposition, a noun
    /// that is what is told ("told a different story").
    /// </summary>
    private bool MayOpenClause(int k, int first, bool preposition, bool inName, bool afterPreposition) =>
        (words.Is(k, WordClasses.Auxiliary | WordClasses.Subordinator | WordClasses.ClauseOpener) && !preposition && !inName)
        || context.Is(k, "to") || context.Is(k, "not") || context.Is(k, "about")
        || (k > first && context.Is(k, "of") && !context.IsCapitalized(k + 1))
        || (!afterPreposition && AttributionLexicons.Default.ToldObjects.Contains(context.TextOf(k)));
}
