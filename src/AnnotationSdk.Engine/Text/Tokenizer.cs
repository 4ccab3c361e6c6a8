using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using AnnotationSdk.Engine.Lexicons;

namespace AnnotationSdk.Engine.Text;

/// <summary>
/// Splits text into words, numbers, quote marks and punctuation in one left-to-right pass.
/// Whitespace and control characters separate tokens and are not tokens themselves.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens in text order, with their sentence and paragraph indexes not yet assigned (0).</summary>
    public static List<Token> Tokenize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var none = default(NoSegmentation);
        var tokens = Scan(text, ref none, pool: null, cancellationToken);
        return [.. tokens.AsSpan()];
    }

    /// <summary>Tokens in text order, each with its sentence and paragraph, and both segment lists: what
    /// <see cref="Segmenter.Assign"/> gives after <see cref="Tokenize(string, CancellationToken)"/>, without a second pass over the tokens.</summary>
    /// <param name="pool">Where the tokens' storage comes from, if not a new array: the list's <see cref="TokenList.Release"/> gives it back.</param>
    internal static (TokenList Tokens, Segment[] Sentences, Segment[] Paragraphs) TokenizeAndSegment(
        string text, Lexicons.Abbreviations abbreviations, ArrayPool<Token>? pool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new SegmentBuilder(text, abbreviations, ExpectedTokens(text));
        var tokens = Scan(text, ref segments, pool, cancellationToken);
        var (sentences, paragraphs) = segments.Finish(tokens.AsSpan());
        return (tokens, sentences, paragraphs);
    }

    /// <summary>
    /// Where the engine lends each document's token storage from: the shared pool for a document of up to about 1 MB,
    /// new arrays for a longer one, whose storage the shared pool would otherwise keep (about 50 MB after a 10 MB document).
    /// </summary>
    internal static ArrayPool<Token> TokenPool { get; } = new CappedArrayPool<Token>(ArrayPool<Token>.Shared, MaxPooledTokens);

    private static readonly ArrayPool<uint> FilterKeyPool = new CappedArrayPool<uint>(ArrayPool<uint>.Shared, MaxPooledTokens);

    // The tokens expected in 1 MB of text (a power of two, as the shared pool's sizes are).
    internal const int MaxPooledTokens = 1 << 18;

    internal static int ExpectedTokens(string text) => (text.Length / 5) + 1;

    private static TokenList Scan<TSegmentation>(string text, ref TSegmentation segments, ArrayPool<Token>? pool, CancellationToken cancellationToken)
        where TSegmentation : struct, ISegmentation
    {
        var buffer = Allocate(ExpectedTokens(text), pool);

        // The filter keys live beside the tokens, pooled alike: a larger token would cost every pass over the tokens.
        var keyPool = pool is null ? null : FilterKeyPool;
        var filterKeys = Allocate(buffer.Length, keyPool);
        var runs = new AsciiWordRuns(text);
        var count = 0;
        var spaceBefore = true;
        var lineBreakBefore = false;
        var i = 0;
        while (i < text.Length)
        {
            if ((count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];

            // Printable ASCII is never a separator: only a space, a control or a non-ASCII character needs the test,
            // and the plain space between two words needs no call.
            if (c is <= ' ' or >= '\u007F' && (c == ' ' || IsSeparator(c)))
            {
                spaceBefore = true;
                lineBreakBefore |= c != ' ' && IsLineBreak(c);
                i++;
                continue;
            }

            // Most tokens of English text are words of ASCII letters followed by a space or punctuation that cannot go on
            // with the word: neither the general scan nor the word scan is called for them.
            int end;
            TokenKind kind;
            bool capitalized;

            // Worked out here, where the token is at hand (a pass of their own over the tokens cost more): the loops that
            // filter every token read its keys rather than its characters.
            uint keys;
            if (char.IsAsciiLetter(c))
            {
                var runEnd = runs.EndOfRun(i + 1);
                end = runEnd;
                if (end < text.Length && MayGoOnWithWord(text, end))
                {
                    end = ScanWord(text, end, ref runs);
                }

                kind = TokenKind.Word;
                capitalized = char.IsAsciiLetterUpper(c);
                keys = end == runEnd ? WordFilter.KeysOfAscii(text.AsSpan(i, end - i)) : WordFilter.KeysOf(text.AsSpan(i, end - i));
            }
            else if (IsAsciiPunctuation(c))
            {
                // Commas and periods, the most common tokens after words, need no call either.
                end = i + 1;
                kind = TokenKind.Punctuation;
                capitalized = false;
                keys = WordFilter.KeysOfAsciiChar(c);
            }
            else
            {
                (end, kind) = ScanToken(text, i, ref runs);
                capitalized = kind == TokenKind.Word && char.IsUpper(c);
                keys = WordFilter.KeysOf(text.AsSpan(i, end - i));
            }

            if (count == buffer.Length)
            {
                buffer = Grow(buffer, pool);
                filterKeys = Grow(filterKeys, keyPool);
            }

            filterKeys[count] = keys;

            // Written in place, in the segments open so far, and rewritten only when the token opens a new one: a token
            // built on the stack and copied cost a stall on every token (its narrow stores read back as one wide load).
            buffer[count] = new Token(count, i, end, kind, spaceBefore, lineBreakBefore, capitalized, segments.Paragraph, segments.Sentence);
            if (segments.Enter(buffer.AsSpan(0, count), in buffer[count], lineBreakBefore, spaceBefore))
            {
                buffer[count] = buffer[count] with { Sentence = segments.Sentence, Paragraph = segments.Paragraph };
            }

            count++;
            spaceBefore = false;
            lineBreakBefore = false;
            i = end;
            if (kind is TokenKind.Word or TokenKind.Number)
            {
                count = WriteCommonTokens(text, ref i, buffer, filterKeys, count, segments.Paragraph, segments.Sentence, ref runs);
            }
        }

        return new TokenList(buffer, filterKeys, count, pool, keyPool);
    }

    /// <summary>
    /// Writes the tokens after a word or a number while they are the common ones: ASCII words (with inner apostrophes,
    /// hyphens and ampersands), plain numbers, ASCII punctuation, dashes and one-character quote marks, each after a
    /// single space or none, with their filter keys, in a loop without calls (the scan's own loop, with calls on its
    /// path, kept its state on the stack; a call left on a rare path here cost 7 % of the context): its helpers, the
    /// reading of a new block of <see cref="AsciiWordRuns"/> among them, are inlined. None of them can close a sentence
    /// or a paragraph: no line break comes before any, and walking back from any over closing marks reaches a word, a
    /// number or a mark that ends no sentence, so <see cref="ISegmentation.Enter"/> is not asked. Stops before anything else, after a mark that may
    /// end a sentence (the next token may start one), at a full buffer or a cancellation check, and returns the count
    /// with <paramref name="position"/> after the last token.
    /// </summary>
    private static int WriteCommonTokens(
        string text, ref int position, Token[] buffer, uint[] filterKeys, int count, int paragraph, int sentence, ref AsciiWordRuns runs)
    {
        var i = position;
        var segmentIndexes = Token.PackSegments(paragraph, sentence);
        while (count < buffer.Length && (count & 0xFFF) != 0 && i + 1 < text.Length)
        {
            var start = i;
            var spaceBefore = text[start] is ' ' or '\u00A0';
            if (spaceBefore)
            {
                start++;
            }

            var c = text[start];
            int end;
            TokenKind kind;
            uint keys;
            if (char.IsAsciiLetter(c))
            {
                var runEnd = runs.EndOfRun(start + 1);
                end = runEnd;
                if (end < text.Length && !EndsAsciiWord(text[end]))
                {
                    if (text[end] == '.')
                    {
                        // The period after a word, the most common sentence end, in one test of its own: it ends the
                        // word unless the word may be a single letter of an abbreviation (U.S.), which the general scan reads.
                        if (!char.IsAsciiLetter(text[end - 2]))
                        {
                            break;
                        }
                    }
                    else
                    {
                        end = EndOfInnerJoins(text, runEnd, ref runs);
                        if (end < text.Length && MayGoOnWithAsciiWord(text, end))
                        {
                            break;
                        }
                    }
                }

                kind = TokenKind.Word;

                // Only a curly apostrophe joins a non-ASCII character to the run.
                keys = end == runEnd ? WordFilter.KeysOfAscii(text.AsSpan(start, end - start)) : WordFilter.KeysOf(text.AsSpan(start, end - start));
            }
            else if (IsAsciiPunctuation(c))
            {
                end = start + 1;
                kind = TokenKind.Punctuation;
                keys = WordFilter.KeysOfAsciiChar(c);
            }
            else if (c is '\u2014' or '\u2013' || IsPlainQuoteMark(text, start))
            {
                end = start + 1;
                kind = c is '\u2014' or '\u2013' ? TokenKind.Punctuation : TokenKind.QuoteMark;
                keys = WordFilter.KeysOf(text.AsSpan(start, 1));
            }
            else if (char.IsAsciiDigit(c))
            {
                end = EndOfDigits(text, start + 1);
                if (end < text.Length && MayGoOnWithNumber(text, end))
                {
                    break;
                }

                while (end < text.Length && char.IsAsciiLetter(text[end]))
                {
                    end++;
                }

                kind = TokenKind.Number;
                keys = WordFilter.KeysOfAscii(text.AsSpan(start, end - start));
            }
            else
            {
                break;
            }

            filterKeys[count] = keys;
            Token.Write(ref buffer[count], count, start, end, Token.PackFlags(kind, spaceBefore, char.IsAsciiLetterUpper(c)), segmentIndexes);
            count++;
            i = end;
            if (c is '.' or '!' or '?')
            {
                break;
            }
        }

        position = i;
        return count;
    }

    /// <summary>A quote mark that <see cref="ScanToken"/> reads as one character: not '' nor the apostrophe of an elided century (’90s).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainQuoteMark(string text, int index)
    {
        var c = text[index];
        if (c is '"' or '\u201C' or '\u201D' or '\u2018')
        {
            return true;
        }

        var next = index + 1 < text.Length ? text[index + 1] : '\0';
        return c is '\'' or '\u2019' && next != '\'' && !char.IsAsciiDigit(next);
    }

    /// <summary>Where a word that <see cref="ScanWord"/> reads goes on after a run ending at <paramref name="runEnd"/>
    /// through inner apostrophes, hyphens and ampersands (they’ll, well-known, AT&amp;T) before ASCII letters and digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfInnerJoins(string text, int runEnd, ref AsciiWordRuns runs)
    {
        var end = runEnd;
        while (end + 1 < text.Length && text[end] is '\'' or '-' or '&' or '\u2019' && char.IsAsciiLetterOrDigit(text[end + 1]))
        {
            end = runs.EndOfRun(end + 2);
        }

        return end;
    }

    /// <summary>Whether a word whose run of ASCII letters and digits is followed by <paramref name="c"/> ends there, in one
    /// test for the common case (a space, a comma): not a join, a period or a non-ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsAsciiWord(char c) =>
        c < 64 ? (JoinsAndPeriod & (1UL << c)) == 0 : c < '\u0080';

    private const ulong JoinsAndPeriod = (1UL << '\'') | (1UL << '-') | (1UL << '&') | (1UL << '.');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether <see cref="ScanNumber"/> could take the number on at <paramref name="index"/>, after its ASCII
    /// digits, other than with ASCII letters: an inner separator before a digit, or any non-ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayGoOnWithNumber(string text, int index) =>
        text[index] is >= '\u0080' || (text[index] is ',' or '.' or ':' or '/' or '-' && index + 1 < text.Length && char.IsAsciiDigit(text[index + 1]));

    // Every token is written before it is read, so a new array need not be zeroed first.
    private static T[] Allocate<T>(int length, ArrayPool<T>? pool) =>
        pool?.Rent(length) ?? GC.AllocateUninitializedArray<T>(length);

    private static T[] Grow<T>(T[] full, ArrayPool<T>? pool)
    {
        var grown = Allocate(full.Length * 2, pool);
        full.CopyTo(grown, 0);
        pool?.Return(full);
        return grown;
    }

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Whitespace, and control characters that are not whitespace, which we treat alike.</summary>
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || (char.IsControl(c) && !char.IsSurrogate(c)) || c is '\u200B' or '\uFEFF';

    public static bool IsQuoteChar(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB'
        or '\u2039' or '\u203A' or '\'' or '\u2018' or '\u2019' or '\u201A' or '`' or '\u201B' or '\u2032' or '\u2033';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static (int End, TokenKind Kind) ScanToken(string text, int start, ref AsciiWordRuns runs)
    {
        var c = text[start];

        // Most tokens of English text start with an ASCII letter: no quote, digit or surrogate check can apply.
        if (char.IsAsciiLetter(c))
        {
            return (ScanWord(text, start + 1, ref runs), TokenKind.Word);
        }

        // `` and '' are the ASCII rendering of curly double quotes in older news wires.
        if ((c == '`' || c == '\'') && start + 1 < text.Length && text[start + 1] == c)
        {
            return (start + 2, TokenKind.QuoteMark);
        }

        if (IsApostrophe(c) && start + 1 < text.Length && char.IsAsciiDigit(text[start + 1]) && !PrecededByLetter(text, start))
        {
            // ’90s: an elided century, not a quote mark.
            var numberEnd = ScanNumber(text, start + 1);
            if (numberEnd - start <= 4)
            {
                return (numberEnd, TokenKind.Number);
            }
        }

        if (IsQuoteChar(c))
        {
            return (start + 1, TokenKind.QuoteMark);
        }

        if (char.IsAsciiDigit(c) || (char.IsDigit(c) && !char.IsSurrogate(c)))
        {
            return (ScanNumber(text, start), TokenKind.Number);
        }

        if (IsWordStart(text, start, out var firstLength))
        {
            return (ScanWord(text, start + firstLength, ref runs), TokenKind.Word);
        }

        // One symbol: a surrogate pair stays whole, a lone surrogate stands alone.
        if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
        {
            return (start + 2, TokenKind.Punctuation);
        }

        return (start + 1, TokenKind.Punctuation);
    }

    private static bool PrecededByLetter(string text, int index) => index > 0 && char.IsLetter(text[index - 1]);

    private static bool IsWordStart(string text, int index, out int length)
    {
        // Outside surrogate pairs a char is its own code point, and char's category tables answer as Rune's do.
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            length = 1;
            return char.IsLetter(c);
        }

        var status = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out length);
        if (status != OperationStatus.Done)
        {
            length = 1;
            return false;
        }

        return Rune.IsLetter(rune);
    }

    private static bool IsWordChar(string text, int index, out int length)
    {
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            length = 1;
            return char.IsLetterOrDigit(c) || IsCombiningMark(char.GetUnicodeCategory(c));
        }

        var status = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out length);
        if (status != OperationStatus.Done)
        {
            length = 1;
            return false;
        }

        return Rune.IsLetterOrDigit(rune) || IsCombiningMark(Rune.GetUnicodeCategory(rune));
    }

    private static bool IsCombiningMark(System.Globalization.UnicodeCategory category) =>
        category is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>Printable ASCII other than a letter, a digit or a quote mark, which <see cref="ScanToken"/> would
    /// return as a token of its own, of one character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiPunctuation(char c) =>
        c < 128 && ((c < 64 ? LowAsciiPunctuation : HighAsciiPunctuation) & (1UL << c)) != 0;

    // IsAsciiPunctuation's characters below 64 and from 64 on (bit c - 64), as one bit test where its chain of range tests
    // cost the common tokens' loop a branch each: ! # $ % & ( ) * + , - . / : ; < = > ? and @ [ \ ] ^ _ { | } ~.
    private const ulong LowAsciiPunctuation = 0xFC00_FF7A_0000_0000;
    private const ulong HighAsciiPunctuation = 0x7800_0000_F800_0001;

    /// <summary>Whether <see cref="ScanWord"/> could take the word on at <paramref name="index"/>, after a run of ASCII
    /// letters and digits. A period goes on only with a single letter (U.S., a.m.): after any other word, the end of
    /// most sentences, the word scan would stop at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayGoOnWithWord(string text, int index)
    {
        var c = text[index];
        return c is '\'' or '-' or '&' or (>= '\u0080' and not '\u00A0') || (c == '.' && IsSingleLetterBefore(text, index));
    }

    /// <summary>As <see cref="MayGoOnWithWord"/> after a word whose last character is an ASCII letter or digit, without
    /// the Unicode tables (and their calls): a period goes on unless an ASCII letter comes two characters before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayGoOnWithAsciiWord(string text, int index)
    {
        var c = text[index];
        return c is '\'' or '-' or '&' or (>= '\u0080' and not '\u00A0') || (c == '.' && !(index >= 2 && char.IsAsciiLetter(text[index - 2])));
    }

    private static int ScanWord(string text, int i, ref AsciiWordRuns runs)
    {
        while (i < text.Length)
        {
            // Skip the run of ASCII letters and digits at once.
            i = runs.EndOfRun(i);
            if (i == text.Length)
            {
                return i;
            }

            var c = text[i];

            if (!char.IsAscii(c) && IsWordChar(text, i, out var length))
            {
                i += length;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if ((IsApostrophe(c) || IsHyphen(c) || c == '&') && char.IsLetterOrDigit(next))
            {
                i++;
                continue;
            }

            // U.S., a.m., D.C.: single letters each followed by a period.
            if (c == '.' && IsSingleLetterBefore(text, i) && char.IsLetter(next) && (i + 2 >= text.Length || text[i + 2] == '.'))
            {
                i += 2;
                continue;
            }

            if (c == '.' && IsSingleLetterBefore(text, i) && i >= 3 && text[i - 2] == '.')
            {
                return i + 1;
            }

            break;
        }

        return i;
    }

    private static bool IsSingleLetterBefore(string text, int dot) =>
        dot >= 1 && char.IsLetter(text[dot - 1]) && (dot < 2 || !char.IsLetter(text[dot - 2]));

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if ((c is ',' or '.' or ':' or '/' || IsHyphen(c)) && char.IsAsciiDigit(next))
            {
                i++;
                continue;
            }

            break;
        }

        // 1990s, 4th, 10am, 5km: letters glued to the digits belong to the number.
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        return i;
    }
}
