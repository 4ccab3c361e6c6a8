using AnnotationSdk.Engine.Attribution;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Quotes;

/// <summary>
/// Tells speech from scare quotes, and whole utterances from fragments, by where the quote sits in its sentence,
/// how long it is, how it starts and ends, and which words stand before it. Looks at most
/// <see cref="LookBack"/> tokens before the quote, so classifying all quotes stays linear.
/// PolNeAR's annotators count most quoted fragments as someone's words, so a fragment is mixed unless a marker
/// ("so-called", "dubbed"), Title Case or a lone determined word says otherwise.
/// </summary>
internal static class QuoteStyleClassifier
{
    /// <summary>How far back a speech cue can introduce a fragment ("praised ... their “excellent training”").</summary>
    private const int LookBack = 30;

    /// <summary>Fragments this long are someone's words even at the start of a sentence.</summary>
    private const int FragmentWords = 4;

    /// <summary>Titles and names in quote marks are short; a longer Title Case quote is a headline-style utterance.</summary>
    private const int MaxTitleWords = 7;

    /// <summary>A quote marked as the writer's distance ("so-called …") is a short phrase.</summary>
    private const int MaxScareMarkedWords = 8;

    /// <summary>No rule tells a count above <see cref="MaxScareMarkedWords"/> from a larger one: words are counted no further.</summary>
    private const int WordsCounted = MaxScareMarkedWords + 1;

    public static QuoteStyle? Classify(AnnotationContext context, QuoteRun run)
    {
        var tokens = context.Tokens;
        var innerEnd = run.Closed ? run.Last : run.Last + 1;
        var words = CountWords(tokens, run.Open + 1, innerEnd, WordsCounted);
        if (words == 0 || !HasLetters(context, run.Open + 1, innerEnd))
        {
            return null;
        }

        var startsUnit = StartsUnit(context, run.Open);
        var capitalStart = StartsLikeASentence(context, run.Open + 1);
        if (!run.Closed)
        {
            // An unbalanced mark: only a quote that opens its sentence is trusted to be one.
            return startsUnit && words >= 3 ? QuoteStyle.Direct : null;
        }

        if (words <= MaxScareMarkedWords && HasScareMarker(context, run.Open))
        {
            return QuoteStyle.Scare;
        }

        if (!startsUnit && words <= MaxTitleWords && IsTitleCase(context, run.Open + 1, run.Last) && !FollowsCalling(context, run.Open)
            && !TitleCaseLine.Contains(context, run.Open))
        {
            return QuoteStyle.Scare;
        }

        // the “referendums”: one word set apart after a determiner, with nobody saying it, is the writer's distance.
        if (words == 1 && !startsUnit && AttributionLexicons.Default.Determiners.Contains(context.TextOf(run.Open - 1)) && !HasSpeechCueBefore(context, run.Open))
        {
            return QuoteStyle.Scare;
        }

        if (startsUnit && (capitalStart || words >= FragmentWords))
        {
            return QuoteStyle.Direct;
        }

        var endsUtterance = EndsWithPunctuation(context, run.Last - 1);
        if (capitalStart && endsUtterance && words >= 3)
        {
            return QuoteStyle.Direct;
        }

        return QuoteStyle.Mixed;
    }

    /// <summary>Every word capitalised but the small ones: a title or a name ("Fox and Friends", “Morning Joe”).</summary>
    private static bool IsTitleCase(AnnotationContext context, int from, int to)
    {
        var tokens = context.Tokens;
        var small = AttributionLexicons.Default.TitleSmallWords;
        var capitalised = false;
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                if (char.IsUpper(context.Text[tokens[i].Start]))
                {
                    capitalised = true;
                }
                else if (i == from || !small.Contains(context.TextOf(i)))
                {
                    return false;
                }
            }
        }

        return capitalised;
    }

    /// <summary>Numbers and ids in quote marks ("1474387200") are data, not quotes.</summary>
    private static bool HasLetters(AnnotationContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (context.Tokens[i].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words and numbers in [<paramref name="from"/>, <paramref name="to"/>), counted up to <paramref name="limit"/>:
    /// a long quote's count would cost a read of every token it holds.</summary>
    private static int CountWords(TokenList tokens, int from, int to, int limit)
    {
        var words = 0;
        for (var i = from; i < to && words < limit; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>The quote opens its sentence or paragraph, or follows a colon, comma or dash (said: “…”).</summary>
    private static bool StartsUnit(AnnotationContext context, int open)
    {
        var tokens = context.Tokens;
        if (open == 0 || tokens[open - 1].Paragraph != tokens[open].Paragraph || tokens[open - 1].Sentence != tokens[open].Sentence)
        {
            return true;
        }

        var before = tokens[open - 1];
        return before.Kind == TokenKind.QuoteMark
            || (before.Kind == TokenKind.Punctuation && context.Text[before.Start] is ':' or ',' or '\u2014' or '\u2013' or '(' or ';');
    }

    private static bool StartsLikeASentence(AnnotationContext context, int first)
    {
        var tokens = context.Tokens;
        if (first >= tokens.Count)
        {
            return false;
        }

        var token = tokens[first];
        var c = context.Text[token.Start];
        return token.Kind switch
        {
            TokenKind.Word => char.IsUpper(c),
            TokenKind.Number => true,
            _ => c is '[' or '.' or '\u2026' or '(',
        };
    }

    private static bool EndsWithPunctuation(AnnotationContext context, int last)
    {
        var token = context.Tokens[last];
        return token.Kind is TokenKind.Punctuation or TokenKind.QuoteMark
            && context.Text[token.Start] is '.' or ',' or '!' or '?' or '\u2026' or '\u2014' or '\u2019' or '\'';
    }

    private static bool HasScareMarker(AnnotationContext context, int open)
    {
        var markers = AttributionLexicons.Default.ScareMarkers;
        // The marker may qualify a name first: the so-called Donetsk and Luhansk “people’s republics”.
        const int MaxWordsBetween = 4;
        var from = Math.Max(0, open - MaxWordsBetween - markers.MaxTokens);
        for (var i = from; i < open; i++)
        {
            if (markers.TryMatch(context.Text, context.Tokens, i, open, out var match) && OnlyWords(context, match.End, open))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Smith called the winner “Miss Piggy”" (or "… “Miss Piggy” and “Miss Housekeeping”"): a name someone called
    /// somebody is that person's words. A few object words and an earlier quote of the same list may sit between.
    /// </summary>
    private static bool FollowsCalling(AnnotationContext context, int open)
    {
        const int MaxTokensBetween = 10;
        var tokens = context.Tokens;
        var sentence = tokens[open].Sentence;
        for (var i = open - 1; i >= 0 && i >= open - MaxTokensBetween && tokens[i].Sentence == sentence; i--)
        {
            if (tokens[i].Kind == TokenKind.Word && AttributionLexicons.Default.CallingVerbs.Contains(context.TextOf(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyWords(AnnotationContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            // "the so-called Trans-Pacific Partnership as “the gold standard”": after "as" the quote is what it was called.
            if (context.Tokens[i].Kind != TokenKind.Word || context.Is(i, "as"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A speech cue earlier in the same sentence: praised their “excellent training”, calling them “heroes”.</summary>
    private static bool HasSpeechCueBefore(AnnotationContext context, int open)
    {
        var tokens = context.Tokens;
        var cues = AttributionLexicons.Default.Cues;
        var sentence = tokens[open].Sentence;
        for (var i = open - 1; i >= 0 && i >= open - LookBack && tokens[i].Sentence == sentence; i--)
        {
            if (tokens[i].Kind == TokenKind.Word && cues.TryMatch(context.Text, tokens, i, open, out var match) && match.Value is not (CueKind.Source or CueKind.None))
            {
                return true;
            }
        }

        return false;
    }
}
