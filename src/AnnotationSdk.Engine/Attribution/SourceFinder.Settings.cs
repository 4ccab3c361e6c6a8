using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>Where and when something was said, which names places and events that never speak: a preposition's object
/// ("Trump in his speech called", "Clinton, at a rally in Columbus, Ohio, said"), an opening phrase ("In Washington,
/// Obama released a statement condemning") and a dateline ("WASHINGTON (AP) — Smith said … and added").</summary>
internal sealed partial class SourceFinder
{
    /// <summary>The source a phrase ending before a cue stands for: the whole phrase when a participle, an adjective or
    /// "of" ties it to a noun before it; the noun before a preposition when it is that preposition's object; else itself.
    /// Null when it is an object with no subject before it.</summary>
    private SourceMention? SubjectOf(SourceMention mention, int limit, bool inApposition = false) =>
        ModifiedBy(mention, limit) ?? HeadedBy(mention, limit)
        ?? (FollowsPreposition(mention) ? BeforePrepositionalPhrase(mention, limit, inApposition) : mention);

    /// <summary>"in his speech", "at the bank", "by the council": the word before the phrase is a preposition other than
    /// "of" and "for", which say whose it is and which <see cref="HeadedBy"/> has already tried, and "with", whose object
    /// is a participle's subject ("with Trump calling for a ban").</summary>
    private bool FollowsPreposition(SourceMention mention) => PrepositionBefore(mention) >= 0;

    /// <summary>The preposition <see cref="FollowsPreposition"/> finds, before the phrase or before a name's "the"; else -1.</summary>
    private int PrepositionBefore(SourceMention mention)
    {
        var preposition = mention.Kind == MentionKind.Name && mention.First > 0 && context.Is(mention.First - 1, "the") ? mention.First - 2 : mention.First - 1;
        return mention.Kind != MentionKind.Pronoun && preposition >= 0 && IsWord(preposition) && !context.IsCapitalized(preposition)
            && words.Is(preposition, WordClasses.Preposition) && !IsWhosePreposition(preposition) && !context.Is(preposition, "with")
                ? preposition
                : -1;
    }

    /// <summary>
    /// "Trump in his announcement speech called": the subject is the phrase before the preposition. A common noun keeps
    /// the prepositional phrase, which says which ones ("officials in Washington said", "a study by the institute
    /// found"); a name does not need it; a document by or from a name speaks for the name ("a statement from President
    /// Putin thanking"). In an apposition the phrase before must open its clause: in "Grassley, facing a challenge in
    /// Iowa, said" it is the participle's object, and in "Roe, who met Trump in New York, said" the verb's.
    /// </summary>
    private SourceMention? BeforePrepositionalPhrase(SourceMention mention, int limit, bool inApposition)
    {
        const int MaxPhrases = 2;
        var sentence = _tokens[mention.First].Sentence;
        var phrase = mention;
        for (var hops = 0; hops < MaxPhrases; hops++)
        {
            var before = PrepositionBefore(phrase) - 1;
            if (before < limit || _tokens[before].Sentence != sentence || EndingAt(before, limit) is not { } head)
            {
                return null;
            }

            if (FollowsPreposition(head))
            {
                phrase = head; // "officials at the bank in London said"
                continue;
            }

            if (inApposition && !OpensClause(head.First, limit))
            {
                return null;
            }

            var preposition = PrepositionBefore(mention);
            return head.Kind != MentionKind.Noun ? head
                : head.Type == SourceType.Document && mention.Kind == MentionKind.Name && (context.Is(preposition, "by") || context.Is(preposition, "from"))
                    ? new SourceMention(head.First, mention.End, MentionKind.Name, SourceType.Document, mention.NameStart) // its author speaks
                    : head with { End = mention.End };
        }

        return null;
    }

    /// <summary>"Beck, who has in the past described": the phrase before the cue is inside a relative clause, whose
    /// owner before "who" is the source.</summary>
    private SourceMention? RelativeClauseOwner(SourceMention mention, int limit)
    {
        const int MaxClauseTokens = 12;
        var sentence = _tokens[mention.First].Sentence;
        for (var k = mention.First - 1; k > limit && mention.First - k <= MaxClauseTokens && _tokens[k].Sentence == sentence && IsWord(k); k--)
        {
            if (!context.Is(k, "who"))
            {
                continue;
            }

            var before = IsComma(k - 1) ? k - 2 : k - 1;
            return before >= limit && EndingAt(SkipBracket(before, limit), limit) is { Kind: not MentionKind.Pronoun } owner && !FollowsPreposition(owner)
                ? SubjectOf(owner, limit) ?? owner
                : null;
        }

        return null;
    }

    /// <summary>Nothing but punctuation, a conjunction or a subordinator stands before <paramref name="first"/> in its
    /// sentence ("and officials in Washington said", "because Trump in his speech called").</summary>
    private bool OpensClause(int first, int limit)
    {
        var before = first - 1;
        return before < limit || _tokens[before].Sentence != _tokens[first].Sentence
            || _tokens[before].Kind is TokenKind.Punctuation or TokenKind.QuoteMark
            || context.Is(before, "and") || context.Is(before, "but") || context.Is(before, "that")
            || words.Is(before, WordClasses.Subordinator | WordClasses.ClauseOpener);
    }

    /// <summary>"of Ames, Iowa", "in Portsmouth, N.H.", "in Lyon, France", "in Berea, OH": the tokens after
    /// <paramref name="comma"/> and before <paramref name="end"/> are a state, a province or a country, and the comma follows a name that is a
    /// preposition's object.</summary>
    private bool IsPlaceSegment(int comma, int end, int limit) =>
        comma - 1 >= limit && IsComma(comma) && end > comma + 1 && context.IsCapitalized(comma - 1)
        && (IsPhrase(_lexicons.Regions, comma + 1, end) || IsPhrase(_lexicons.Places, comma + 1, end) || IsPostalCode(comma + 1, end))
        && EndingAt(comma - 1, limit) is { Kind: MentionKind.Name } place
        && place.First > 0 && IsWord(place.First - 1) && words.Is(place.First - 1, WordClasses.Preposition);

    /// <summary>"Berea, OH": two capital letters alone.</summary>
    private bool IsPostalCode(int first, int end) =>
        end == first + 1 && _tokens[first].Length == 2 && IsWord(first) && IsAcronym(context.TextOf(first));

    /// <summary>
    /// The first token of a sentence's clause after its dateline and its opening prepositional phrases, which name no
    /// subject: "WASHINGTON, Dec. 8 (UPI) — …", "In a statement released Thursday, Rep. Jo Roe …", "At a rally in
    /// Portsmouth, N.H., on Tuesday, Sanders …". A phrase counts only when a comma closes it within a few tokens and no
    /// clause starts in it: "On Sunday Mr. Trump made a third attempt …, writing" is the whole clause. "About 200
    /// protesters" is a count.
    /// </summary>
    private int AfterOpeningPhrases(int start, int cue)
    {
        const int MaxPhrases = 3;
        const int MaxPhraseTokens = 15;
        var i = AfterDateline(start, cue);
        for (var phrases = 0; phrases < MaxPhrases && i < cue && IsWord(i) && words.Is(i, WordClasses.Preposition | WordClasses.SettingPreposition)
            && _tokens[i + 1].Kind != TokenKind.Number; phrases++)
        {
            var comma = i + 1;
            while (comma < cue && comma - i <= MaxPhraseTokens && !IsComma(comma) && _tokens[comma].Kind != TokenKind.QuoteMark && !StartsClause(comma))
            {
                comma++;
            }

            if (comma >= cue || !IsComma(comma))
            {
                return i;
            }

            i = AfterPlaceContinuation(comma, cue);
        }

        return i;
    }

    /// <summary>"she doubled down", "Mr. Trump made": a subject pronoun, or a name followed by a lower-case word that is no
    /// preposition, determiner or time word.</summary>
    private bool StartsClause(int index) =>
        Pronoun(index) is "person" or "group" or "thing"
        || (index + 1 < _tokens.Count && IsWord(index) && context.IsCapitalized(index) && !words.Is(index, WordClasses.NotName) && !IsPossessive(index)
        && IsWord(index + 1) && !context.IsCapitalized(index + 1) && _tokens[index + 1].Sentence == _tokens[index].Sentence
        && !words.Is(index + 1, WordClasses.Preposition | WordClasses.SettingPreposition | WordClasses.Determiner | WordClasses.TimeWord));

    /// <summary>"in Portsmouth, N.H., on Tuesday": after a place, a state or a country set off by commas still belongs to
    /// the phrase.</summary>
    private int AfterPlaceContinuation(int comma, int cue)
    {
        const int MaxPlaceTokens = 4;
        var next = comma + 1;
        for (var k = next + 1; k < cue && k - next <= MaxPlaceTokens; k++)
        {
            if (IsComma(k))
            {
                return IsPlaceSegment(comma, k, limit: 0) ? k + 1 : next;
            }
        }

        return next;
    }

    /// <summary>
    /// "WASHINGTON —", "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –": capitalized words, numbers, commas and an
    /// agency in brackets up to a dash, either in capitals or with the bracket just before the dash. A name before a
    /// dash ("Trump — who …") is neither.
    /// </summary>
    private int AfterDateline(int start, int cue)
    {
        const int MaxDatelineTokens = 12;
        const int MinCapitalsLength = 3;
        for (var k = start; k < cue && k - start < MaxDatelineTokens; k++)
        {
            var token = _tokens[k];
            if (IsDash(k))
            {
                var first = context.TextOf(start);
                var capitals = first.Length >= MinCapitalsLength && IsAcronym(first);
                return k > start && (capitals || IsPunctuation(k - 1, ')')) ? k + 1 : start;
            }

            var fits = token.Kind == TokenKind.Number || (IsPunctuation(k, '.') && !token.SpaceBefore) || IsComma(k) || IsPunctuation(k, '(') || IsPunctuation(k, ')')
                || (token.Kind == TokenKind.Word && context.IsCapitalized(k));
            if (!fits)
            {
                return start;
            }
        }

        return start;
    }
}
