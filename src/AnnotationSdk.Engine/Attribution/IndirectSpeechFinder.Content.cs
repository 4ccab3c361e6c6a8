using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>Where reported speech starts and ends: after the cue, the clause before "…, X said", or the whole sentence
/// around "…, X said, …"; cut where the next report starts.</summary>
internal sealed partial class IndirectSpeechFinder
{
    /// <summary>The reported clause: after the cue (and "that", and the hearer of "told"), else the clause before "…, X said".</summary>
    private (int First, int End)? Content(CueHit cue, SourceMention mention, int sentenceStart, int sentenceEnd)
    {
        var after = Math.Max(cue.End, mention.First > cue.First ? mention.End : cue.End);
        var before = Math.Min(mention.First, cue.First);
        var relative = mention.Kind == MentionKind.Pronoun && sources.Pronoun(mention.First) == "relative";
        if (after < sentenceEnd && IsComma(after))
        {
            // "…, said Nadia Petrov, the head of planning": after a source that follows its cue, a comma opens an apposition.
            if (mention.First > cue.First && ClauseBefore(before, relative, sentenceStart) is { } closed)
            {
                return closed;
            }

            // "The permit, his campaign said, had been hard to get": set off on both sides, the attribution sits inside
            // the clause it reports, which is the whole sentence.
            if (!relative && ClauseBoundaryBefore(before, sentenceStart) is { } opening && IsComma(opening) && opening > sentenceStart
                && TrimEnd(sentenceEnd) > after + 1)
            {
                return (sentenceStart, TrimEnd(ReportedClauseEnd(after + 1, sentenceEnd)));
            }

            after++;
        }

        var clauseOpened = false;
        if (mention.First < cue.First && AttributionLexicons.Default.HearerVerbs.Contains(context.TextOf(cue.First)) && !TitleCaseLine.Contains(context, cue.First)
            && ClauseAfterHearer(after, sentenceEnd, hearerInCue: cue.End > cue.First + 1) is { } clause)
        {
            after = clause;
            clauseOpened = context.Is(clause - 1, "that");
        }
        else
        {
            var window = context.Is(after, "to") ? MaxHearerTokens : MaxObjectTokens;
            for (var k = after; k < Math.Min(sentenceEnd, after + window); k++)
            {
                if (context.Is(k, "that"))
                {
                    after = k + 1;
                    clauseOpened = true;
                    break;
                }
            }
        }

        // "…, he said in a news conference Monday": a short phrase opening with a preposition says where or when; what
        // was said is the clause before, when there is one.
        const int MaxSettingTokens = 8;
        var contentEnd = TrimEnd(ReportedClauseEnd(after, sentenceEnd));
        if (relative && InsideSubjectsClause(mention.First, sentenceStart) && ClosingComma(after, contentEnd) is { } closing)
        {
            contentEnd = closing;
        }

        var setting = !clauseOpened && after < contentEnd && contentEnd - after <= MaxSettingTokens && words.Is(after, WordClasses.SettingPreposition);
        if (setting && ClauseBefore(before, relative, sentenceStart) is { } said)
        {
            return said;
        }

        return contentEnd - after >= MinContentTokens ? (after, contentEnd) : ClauseBefore(before, relative, sentenceStart);
    }

    /// <summary>"Dana Hill, who said the bill was dead, left early": a relative pronoun after a comma that follows the
    /// sentence's own subject, a name from the sentence's start, opens a clause that a comma closes before the main verb.</summary>
    private bool InsideSubjectsClause(int pronoun, int sentenceStart)
    {
        // A bound, not only a name's length: every relative pronoun of a sentence walks back to its start.
        const int MaxSubjectTokens = 10;
        var comma = pronoun - 1;
        if (comma <= sentenceStart || comma - sentenceStart > MaxSubjectTokens || !IsComma(comma))
        {
            return false;
        }

        for (var k = sentenceStart; k < comma; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word || !context.IsCapitalized(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The comma that closes a subject's relative clause: the first one before a verb of saying or an auxiliary,
    /// which go on with the main clause ("…, said he was unaware", "…, will return the favor").</summary>
    private int? ClosingComma(int first, int end)
    {
        for (var k = first + MinContentTokens; k + 1 < end; k++)
        {
            if (IsComma(k) && !context.IsCapitalized(k + 1)
                && (words.Is(k + 1, WordClasses.Auxiliary) || (cues.MayStartAt(k + 1) && cues.TryCueAtCandidate(k + 1, end, out var cue) && cue.Kind != CueKind.Noun)))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>"The plan is dead, officials said": the clause a source starting at <paramref name="before"/> closes.</summary>
    private (int First, int End)? ClauseBefore(int before, bool relative, int sentenceStart)
    {
        // "control over the region had concluded": a clause cut before a preposition's object is no reported speech.
        // "…, officials said", "…, fundraising documents show": a mark a few words before the source sets it off from the
        // clause it closes. Without one the words before are the subject's own phrase ("Sources privy to the talks say …",
        // "the leaders who want a delay").
        if (FollowsPreposition(before) || relative || ClauseBoundaryBefore(before, sentenceStart) is not { } boundary)
        {
            return null;
        }

        var end = IsComma(boundary) ? boundary : boundary + 1;
        return end - sentenceStart >= MinContentTokens && !IsOpeningPhrase(sentenceStart, end) ? (sentenceStart, end) : null;
    }

    /// <summary>"As caucusing got under way, voters weighed in", "At one point, a woman asked": a short phrase opening
    /// with a preposition or a subordinator and holding no comma of its own says when or why, not what was said. "About
    /// 270 people were resettled, officials said" opens with a count.</summary>
    private bool IsOpeningPhrase(int first, int end)
    {
        const int MaxPhraseTokens = 10;
        if (end - first > MaxPhraseTokens || !words.Is(first, WordClasses.Preposition | WordClasses.Subordinator)
            || (words.Is(first, WordClasses.CountQualifier) && first + 1 < end && _tokens[first + 1].Kind == TokenKind.Number))
        {
            return false;
        }

        for (var k = first + 1; k < end; k++)
        {
            if (IsComma(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the reported clause starting at <paramref name="first"/> ends: before a semicolon, before ", adding" or
    /// ", calling", before "and said" or ", and he added": the words after it are another report; before ", while" or
    /// ", compared with": they are the writer's contrast (<see cref="OpensContrast"/>). Else the sentence's
    /// end. A bounded walk: a clause longer than that runs to the sentence's end.
    /// </summary>
    private int ReportedClauseEnd(int first, int sentenceEnd)
    {
        const int MaxClauseTokens = 60;
        var tokens = _tokens.AsSpan();
        var text = context.Text;
        var last = Math.Min(sentenceEnd - 1, first + MaxClauseTokens);
        for (var k = first + MinContentTokens; k < last; k++)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Punctuation)
            {
                var mark = text[token.Start];
                if (mark == ';' || (mark == ',' && (ReportAfterComma(k, sentenceEnd) || OpensContrast(k + 1, sentenceEnd))))
                {
                    return k;
                }
            }
            else if (token.Kind == TokenKind.Word && token.Length == 3 && (context.Is(k, "and") || context.Is(k, "but")) && ReportAfterConjunction(k, sentenceEnd))
            {
                return IsComma(k - 1) ? k - 1 : k;
            }
        }

        return sentenceEnd;
    }

    /// <summary>", while 9 percent …", ", compared with …" at <paramref name="first"/>: the writer's contrast, not the report's.</summary>
    private bool OpensContrast(int first, int sentenceEnd) =>
        first < sentenceEnd && _tokens[first].Kind == TokenKind.Word
        && AttributionLexicons.Default.ContrastOpeners.TryMatch(context.Text, _tokens, first, sentenceEnd, out _);

    /// <summary>", adding …", ", calling …", "…, Cruz said" at comma <paramref name="comma"/>; not the same speaker's
    /// aside ("…,” who, he said, …").</summary>
    private bool ReportAfterComma(int comma, int sentenceEnd)
    {
        if (cues.MayStartAt(comma + 1) && cues.TryCueAtCandidate(comma + 1, sentenceEnd, out var participle) && participle.Kind != CueKind.Noun && cues.IsParticiple(participle))
        {
            return true;
        }

        return SourceAndCueAfter(comma + 1, sentenceEnd) && sources.Pronoun(comma - 1) != "relative";
    }

    /// <summary>"and said …", "and he added …", "and the council added …" at <paramref name="conjunction"/>: a new subject
    /// opens with a pronoun, a determiner or a capital ("and look into the recount" is no report).</summary>
    private bool ReportAfterConjunction(int conjunction, int sentenceEnd)
    {
        const int MaxSubjectTokens = 3;
        var next = conjunction + 1;
        var subjectWords = sources.Pronoun(next) is not null || words.Is(next, WordClasses.Determiner) || context.IsCapitalized(next) ? MaxSubjectTokens : 0;
        for (var verb = next; verb < Math.Min(sentenceEnd, next + 1 + subjectWords) && _tokens[verb].Kind == TokenKind.Word; verb++)
        {
            if (cues.MayStartAt(verb) && cues.TryCueAtCandidate(verb, sentenceEnd, out var cue) && cue.Kind == CueKind.Speech && !cues.IsParticiple(cue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb of saying after at most six words of a source at <paramref name="first"/>: "Cruz said", "three
    /// people familiar with the talks said"; not "which critics say", whose cue reports on the clause it sits in, nor
    /// "had defended", whose subject came before the comma.</summary>
    private bool SourceAndCueAfter(int first, int sentenceEnd)
    {
        const int MaxSourceTokens = 6;
        if (words.Is(first, WordClasses.Auxiliary))
        {
            return false;
        }

        for (var verb = first + 1; verb < Math.Min(sentenceEnd, first + 1 + MaxSourceTokens); verb++)
        {
            if (_tokens[verb - 1].Kind != TokenKind.Word)
            {
                return false;
            }

            if (cues.MayStartAt(verb) && cues.TryCueAtCandidate(verb, sentenceEnd, out var cue) && cue.Kind == CueKind.Speech && !cues.IsParticiple(cue))
            {
                return !HasRelativePronoun(first, verb);
            }
        }

        return false;
    }

    private bool HasRelativePronoun(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (sources.Pronoun(k) == "relative")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mark that sets a source starting at <paramref name="first"/> off from the clause before it, at most
    /// a few words before it: "…, the Chicago Tribune reports", "…, frontman Anthony Kiedis revealed".</summary>
    private int? ClauseBoundaryBefore(int first, int sentenceStart)
    {
        const int MaxModifierWords = 5;
        for (var k = first - 1; k > sentenceStart && first - k <= MaxModifierWords + 1; k--)
        {
            if (ClosesClause(k))
            {
                return k;
            }

            // "…, but said his campaign had found", "…, after two members asked": a conjunction, a subordinator or a cue
            // between makes the source another clause's.
            if (_tokens[k].Kind != TokenKind.Word || context.Is(k, "and") || context.Is(k, "but") || words.Is(k, WordClasses.Subordinator)
                || (cues.MayStartAt(k) && cues.TryCueAtCandidate(k, first, out _)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A comma, a dash or a closing quote mark: what sets "he said" off from the clause before it. Not the dash
    /// of a dateline: "MACAU (Reuters) – Adelson said".</summary>
    private bool ClosesClause(int index) =>
        IsComma(index) || _tokens[index].Kind == TokenKind.QuoteMark
        || (_tokens[index].Kind == TokenKind.Punctuation && context.Text[_tokens[index].Start] is '\u2014' or '\u2013' or '-'
            && !(index > 0 && _tokens[index - 1].Kind == TokenKind.Punctuation && context.Text[_tokens[index - 1].Start] == ')'));
}
