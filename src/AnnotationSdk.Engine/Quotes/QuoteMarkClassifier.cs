using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Quotes;

/// <summary>
/// Decides whether a quote mark token opens or closes a quote. Curly and angle marks say so themselves; straight
/// marks are judged by spacing (space before and a word glued after opens; glued before and space or punctuation
/// after closes). The tokenizer already keeps in-word apostrophes (they’ll, Russia’s) and elided years (’90s)
/// inside words and numbers, so a single mark reaching here is an apostrophe only at a word's edge (voters’).
/// </summary>
internal static class QuoteMarkClassifier
{
    public static QuoteMark Classify(AnnotationContext context, int index)
    {
        var tokens = context.Tokens;
        var token = tokens[index];
        var text = context.Text;
        var mark = context.TextOf(token);
        var gluedBefore = !token.SpaceBefore && index > 0 && !IsOpeningContext(text, tokens[index - 1]);
        var gluedAfter = index + 1 < tokens.Count && !tokens[index + 1].SpaceBefore && IsContent(text, tokens[index + 1]);
        // author="name", href="…": a mark glued to '=' delimits a markup attribute's value, not a quote.
        if (!token.SpaceBefore && index > 0 && tokens[index - 1].Kind == TokenKind.Punctuation && text[tokens[index - 1].Start] == '=')
        {
            return new QuoteMark(index, QuoteMarkRole.None, QuoteMarkFamily.Double);
        }

        if (mark is "``")
        {
            return new QuoteMark(index, QuoteMarkRole.Open, QuoteMarkFamily.Double);
        }

        if (mark is "''")
        {
            // Some wires write '' for both marks (''Yes,'' he said): spacing decides, as for a straight mark.
            return new QuoteMark(index, Straight(gluedBefore, gluedAfter), QuoteMarkFamily.Double);
        }

        return mark[0] switch
        {
            // A curly mark facing the wrong way (”Word, word“) is a typo: spacing decides, as for a straight mark.
            '\u201C' or '\u201E' or '\u00AB' or '\u201F' => new QuoteMark(index, gluedBefore && !gluedAfter ? QuoteMarkRole.Either : QuoteMarkRole.Open, QuoteMarkFamily.Double),
            '\u201D' or '\u00BB' => new QuoteMark(index, !gluedBefore && gluedAfter ? QuoteMarkRole.Either : QuoteMarkRole.Close, QuoteMarkFamily.Double),
            '"' or '\u2033' => new QuoteMark(index, Straight(gluedBefore, gluedAfter), QuoteMarkFamily.Double),
            '\u2018' or '\u201A' or '\u2039' or '\u201B' => new QuoteMark(index, gluedBefore ? QuoteMarkRole.None : QuoteMarkRole.Open, QuoteMarkFamily.Single),
            '\u2019' or '\u203A' => new QuoteMark(index, gluedBefore ? QuoteMarkRole.Close : QuoteMarkRole.None, QuoteMarkFamily.Single),
            '\'' or '`' => new QuoteMark(index, StraightSingle(gluedBefore, gluedAfter), QuoteMarkFamily.Single),
            _ => new QuoteMark(index, QuoteMarkRole.None, QuoteMarkFamily.Single),
        };
    }

    private static QuoteMarkRole Straight(bool gluedBefore, bool gluedAfter) => (gluedBefore, gluedAfter) switch
    {
        (false, true) => QuoteMarkRole.Open,
        (true, false) => QuoteMarkRole.Close,
        _ => QuoteMarkRole.Either,
    };

    /// <summary>A straight single mark glued on both sides or on neither is an apostrophe or a stray, never a quote.</summary>
    private static QuoteMarkRole StraightSingle(bool gluedBefore, bool gluedAfter) => (gluedBefore, gluedAfter) switch
    {
        (false, true) => QuoteMarkRole.Open,
        (true, false) => QuoteMarkRole.Close,
        _ => QuoteMarkRole.None,
    };

    /// <summary>Tokens after which a mark glued to them still opens: ( [ — – / and other opening quote marks.</summary>
    private static bool IsOpeningContext(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is '(' or '[' or '{' or '\u2014' or '\u2013' or '/' or '-' or ':';

    private static bool IsContent(string text, Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.QuoteMark
        || text[token.Start] is '[' or '(' or '.' or '\u2026' or '$' or '#' or '@' or '\u2014' or '-';
}
