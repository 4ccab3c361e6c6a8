using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// One document as the date rules see it: token helpers with bounded look-around and the publication date.
/// Tense cues and the anaphora state the left-to-right pass keeps live in the other parts of this class.
/// </summary>
internal sealed partial class DateScanner : IDisposable
{
    private readonly string _text;

    // Every rule reads words through Word(i), dozens of times per token: each token's word is worked out once,
    // with what it can start (see DateScanner.Dispatch), in buffers lent for the document.
    private readonly TextSpan[] _words;

    // The duration, offset and half-duration rules all read the amount at the token they start at: the last
    // amount read is kept.
    private int _amountAt = int.MinValue;
    private int _amount;
    private int _amountEnd;
    private bool _amountFound;

    // The same for the last plain number read.
    private int _integerAt = int.MinValue;
    private int _integer;
    private int _integerDigits;
    private bool _integerFound;

    public DateScanner(AnnotationContext context, DateLexicons lexicons)
    {
        Context = context;
        Lexicons = lexicons;
        Tokens = context.Tokens;
        Count = Tokens.Count;
        _text = context.Text;
        _words = ArrayPool<TextSpan>.Shared.Rent(Count);
        _triggers = ArrayPool<DateTrigger>.Shared.Rent(Count);
        lexicons.Triggers.Fill(_text, Tokens.AsSpan(), Tokens.FilterKeys, _words.AsSpan(0, Count), _triggers.AsSpan(0, Count));
    }

    public AnnotationContext Context { get; }

    public DateLexicons Lexicons { get; }

    public TokenList Tokens { get; }

    public int Count { get; }

    public DateOnly Reference => Context.ReferenceDate;

    /// <summary>The token's text, without a possessive "'s": the tokenizer keeps "Friday's" whole, but the date is "Friday".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Word(int i) =>
        (uint)i < (uint)Count ? _text.AsSpan(_words[i].Start, _words[i].Length) : [];

    /// <summary>Gives the buffers back; the scanner is not used afterwards.</summary>
    public void Dispose()
    {
        ArrayPool<TextSpan>.Shared.Return(_words);
        ArrayPool<DateTrigger>.Shared.Return(_triggers);
    }

    /// <summary>Token i's word is <paramref name="word"/>, ignoring case. The rules ask this dozens of times per
    /// token, nearly always of a word of another length: that is told before any call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int i, string word)
    {
        var actual = Word(i);
        return actual.Length == word.Length && actual.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The character span of tokens [first, end), leaving out a possessive "'s" at the end.</summary>
    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[end - 1].Start + Word(end - 1).Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsKind(int i, TokenKind kind) => (uint)i < (uint)Count && Tokens[i].Kind == kind;

    public bool IsCapitalized(int i) => Context.IsCapitalized(i);

    /// <summary>Token i is glued to the previous one (no space between).</summary>
    public bool IsGlued(int i) => (uint)i < (uint)Count && !Tokens[i].SpaceBefore;

    public bool SameSentence(int a, int b) => (uint)a < (uint)Count && (uint)b < (uint)Count && Tokens[a].Sentence == Tokens[b].Sentence;

    public bool StartsSentence(int i) => i == 0 || (uint)i < (uint)Count && Tokens[i - 1].Sentence != Tokens[i].Sentence;

    /// <summary>A plain run of digits (no separators) and its value, with an optional ordinal suffix ("4th").</summary>
    public bool TryInteger(int i, out int value, out int digits)
    {
        if (!IsKind(i, TokenKind.Number))
        {
            value = 0;
            digits = 0;
            return false;
        }

        // The rules tried at a number each read it again: six calls in ten ask for the number just read.
        if (i != _integerAt)
        {
            _integerFound = ReadInteger(i, out _integer, out _integerDigits);
            _integerAt = i;
        }

        value = _integer;
        digits = _integerDigits;
        return _integerFound;
    }

    private bool ReadInteger(int i, out int value, out int digits)
    {
        value = 0;
        digits = 0;

        var word = Word(i);
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        var suffix = word[digits..];
        var ordinal = suffix.Length == 0 || suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
        return digits is > 0 and <= 9 && ordinal && TryDigits(word[..digits], out value);
    }

    /// <summary>A day of the month: 1 to 31, digits only or with an ordinal suffix.</summary>
    public bool TryDay(int i, out int day) => TryInteger(i, out day, out var digits) && digits <= 2 && day is >= 1 and <= 31;

    /// <summary>A four-digit year.</summary>
    public bool TryYear(int i, out int year) =>
        TryInteger(i, out year, out var digits) && digits == 4 && Word(i).Length == 4 && year is >= 1000 and <= 2999;

    /// <summary>A month name at i, with the period of an abbreviation ("Sept.") when glued to it.</summary>
    public bool TryMonth(int i, out int month, out int end)
    {
        end = i + 1;
        if (!IsKind(i, TokenKind.Word) || !MayBe(i, DateTrigger.Month) || !Lexicons.Months.TryGet(Word(i), out month))
        {
            month = 0;
            return false;
        }

        if (IsAbbreviatedMonth(i) && Is(i + 1, ".") && IsGlued(i + 1))
        {
            end = i + 2;
        }

        return true;
    }

    public bool IsAbbreviatedMonth(int i) => Word(i).Length <= 4 && !Is(i, "may") && !Is(i, "june") && !Is(i, "july");

    /// <summary>An amount of time units: digits, number words ("twenty-four", "a few"), or a vague "several".
    /// Vague amounts are -1.</summary>
    public bool TryAmount(int i, out int amount, out int end)
    {
        if (i != _amountAt)
        {
            _amountFound = ReadAmount(i, out _amount, out _amountEnd);
            _amountAt = i;
        }

        amount = _amount;
        end = _amountEnd;
        return _amountFound;
    }

    private bool ReadAmount(int i, out int amount, out int end)
    {
        amount = 0;
        end = i;
        if (IsKind(i, TokenKind.Number))
        {
            if (TryDigits(Word(i), out amount) || int.TryParse(Word(i), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out amount))
            {
                end = i + 1;
                return true;
            }

            return false;
        }

        if (!IsKind(i, TokenKind.Word))
        {
            return false;
        }

        if (Lexicons.Numbers.TryMatch(Context.Text, Tokens, i, Math.Min(Count, i + 3), out var match))
        {
            amount = match.Value;
            end = match.End;

            // "twenty four": a tens word followed by a units word.
            if (amount is >= 20 and < 100 && amount % 10 == 0 && Lexicons.Numbers.TryMatch(Context.Text, Tokens, end, Math.Min(Count, end + 1), out var units) && units.Value is > 0 and < 10 && !Is(end, "a") && !Is(end, "an"))
            {
                amount += units.Value;
                end = units.End;
            }

            return true;
        }

        return TryHyphenatedNumber(Word(i), out amount) && (end = i + 1) > i;
    }

    /// <summary>"twenty-four" as one word.</summary>
    public bool TryHyphenatedNumber(ReadOnlySpan<char> word, out int amount)
    {
        amount = 0;
        var hyphen = word.IndexOfAny('-', '\u2010');
        if (hyphen <= 0 || !TryNumberWord(word[..hyphen], out var tens) || !TryNumberWord(word[(hyphen + 1)..], out var units))
        {
            return false;
        }

        amount = tens + units;
        return tens is >= 20 and < 100 && units is > 0 and < 10;
    }

    /// <summary>One number word or digits, as a part of a hyphenated word ("two" in "two-year").</summary>
    public bool TryNumberWord(ReadOnlySpan<char> part, out int amount)
    {
        if (part.Length > 0 && char.IsAsciiDigit(part[0]))
        {
            return TryDigits(part, out amount) && amount > 0;
        }

        return Lexicons.NumberWords.TryGet(part, out amount) && amount > 0;
    }

    /// <summary>As <c>int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value)</c>, which
    /// numbers reach many times per token, without its culture and style dispatch: ASCII digits only, no overflow.</summary>
    public static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            var digit = c - '0';
            if ((uint)digit > 9 || value > (int.MaxValue - digit) / 10)
            {
                value = 0;
                return false;
            }

            value = (value * 10) + digit;
        }

        return !digits.IsEmpty;
    }

    public bool TryUnit(int i, out TimeUnit unit)
    {
        unit = default;
        return IsKind(i, TokenKind.Word) && MayBe(i, DateTrigger.Unit) && Lexicons.Units.TryGet(Word(i), out unit);
    }

    public bool IsPluralUnit(int i) => Word(i).EndsWith("s", StringComparison.OrdinalIgnoreCase) || Is(i, "centuries");
}
