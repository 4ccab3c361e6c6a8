using System.Globalization;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>
/// Dates written in digits: "2025-04-28", "4/28/2025", years ("2022", "fiscal 1989"), decades ("the 1990s", "’90s").
/// </summary>
internal static class NumericDateRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (s.Is(i, "fiscal") && TryYearToken(s, i + 1, out var fiscal))
        {
            match = TemporalMatch.Date(i, i + 2, fiscal, "fiscal-year");
            return true;
        }

        if (TrySpokenYear(s, i, out var spoken, out var spokenEnd))
        {
            match = TemporalMatch.Date(i, spokenEnd, spoken, "spoken-year");
            return true;
        }

        if (!s.IsKind(i, TokenKind.Number))
        {
            return false;
        }

        var word = s.Word(i);
        // "the 20th century" is TIMEX3 "19": the hundreds of its years.
        if (s.Is(i + 1, "century") && s.TryInteger(i, out var ordinal, out _) && word.Length > 2 && !char.IsAsciiDigit(word[^1]) && ordinal is >= 1 and <= 30)
        {
            match = new TemporalMatch(i, i + 2, Model.TemporalType.Date, (ordinal - 1).ToString("00", CultureInfo.InvariantCulture), "century", TakesDeterminer: true);
            return true;
        }

        if (TryDecade(word, out var decade))
        {
            match = TemporalMatch.Date(i, i + 1, decade, "decade") with { TakesDeterminer = true };
            return true;
        }

        if (TryNumericDate(word, out var date))
        {
            match = TemporalMatch.Date(i, i + 1, date, "numeric-date");
            return true;
        }

        if (TryYearToken(s, i, out var year) && LooksLikeYear(s, i))
        {
            match = TemporalMatch.Date(i, i + 1, year, "year");
            return true;
        }

        return false;
    }

    /// <summary>Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand".</summary>
    internal static bool TrySpokenYear(DateScanner s, int i, out CalendarPoint year, out int end)
    {
        year = default;
        end = i;
        if (s.Is(i, "the") && s.Is(i + 1, "year") && s.Is(i + 2, "two") && s.Is(i + 3, "thousand"))
        {
            year = new CalendarPoint(new DateOnly(2000, 1, 1), Granularity.Year);
            end = i + 4;
            return true;
        }

        if (!s.IsKind(i, TokenKind.Word) || !s.Lexicons.NumberWords.TryGet(s.Word(i), out var century) || century is < 11 or > 20
            || !s.TryAmount(i + 1, out var rest, out var afterRest) || rest is < 10 or > 99 || s.TryUnit(afterRest, out _))
        {
            return false;
        }

        year = new CalendarPoint(new DateOnly((century * 100) + rest, 1, 1), Granularity.Year);
        end = afterRest;
        return true;
    }

    private static bool TryYearToken(DateScanner s, int i, out CalendarPoint year)
    {
        year = default;
        if (!s.TryYear(i, out var value))
        {
            return false;
        }

        year = new CalendarPoint(new DateOnly(value, 1, 1), Granularity.Year);
        return true;
    }

    /// <summary>A four-digit number is a year unless it counts something: "$2000", "2000 troops", "about 1500 people".</summary>
    private static bool LooksLikeYear(DateScanner s, int i)
    {
        if (s.Is(i - 1, "$") || s.Is(i + 1, "%") || s.Is(i + 1, "percent")
            || (s.Lexicons.Modifiers.TryMatch(s.Context.Text, s.Tokens, i - 1, i, out var modifier) && modifier.Value is not ("START" or "END" or "MID")))
        {
            return false;
        }

        // Counted nouns follow in lower case and in the plural ("2000 soldiers"); a year before a plural noun
        // comes after a determiner or preposition ("the 1998 elections", "in 1998 elections").
        var next = s.Word(i + 1);
        var beforeNoun = s.IsKind(i + 1, TokenKind.Word) && next.Length > 3 && char.IsLower(next[0]) && next.EndsWith("s", StringComparison.Ordinal)
            && !next.EndsWith("ss", StringComparison.Ordinal);
        var counted = beforeNoun
            && !(s.Is(i - 1, "the") || s.Is(i - 1, "its") || s.Is(i - 1, "their") || s.Is(i - 1, "of") || s.Lexicons.FramePrepositions.Contains(s.Word(i - 1)));
        var value = int.Parse(s.Word(i), NumberStyles.None, CultureInfo.InvariantCulture);
        return !counted && value is >= 1400 and <= 2200;
    }

    /// <summary>"1990s" → 199X; "’90s" → 199X (the twentieth century assumed, as news does).</summary>
    private static bool TryDecade(ReadOnlySpan<char> word, out CalendarPoint decade)
    {
        decade = default;
        if (word.Length == 5 && word[4] == 's' && DateScanner.TryDigits(word[..4], out var year) && year % 10 == 0 && year >= 1000)
        {
            decade = new CalendarPoint(new DateOnly(year, 1, 1), Granularity.Decade);
            return true;
        }

        if (word.Length == 4 && word[0] is '\'' or '\u2019' && word[3] == 's' && DateScanner.TryDigits(word[1..3], out var shortYear) && shortYear % 10 == 0)
        {
            decade = new CalendarPoint(new DateOnly((shortYear < 30 ? 2000 : 1900) + shortYear, 1, 1), Granularity.Decade);
            return true;
        }

        return false;
    }

    /// <summary>ISO "2025-04-28" and "2025-04"; US "4/28/2025" and "4/28/98".</summary>
    private static bool TryNumericDate(ReadOnlySpan<char> word, out CalendarPoint date)
    {
        date = default;
        Span<Range> parts = stackalloc Range[4];
        var separator = word.Contains('-') ? '-' : word.Contains('/') ? '/' : '\0';
        if (separator == '\0' || word.Length > 10)
        {
            return false;
        }

        var count = word.Split(parts, separator);
        Span<int> numbers = stackalloc int[3];
        for (var p = 0; p < count; p++)
        {
            if (p >= 3 || !DateScanner.TryDigits(word[parts[p]], out numbers[p]))
            {
                return false;
            }
        }

        var firstIsYear = word[parts[0]].Length == 4;
        if (separator == '-' && firstIsYear && count == 3 && TimexCalendar.IsValid(numbers[0], numbers[1], numbers[2]))
        {
            date = new CalendarPoint(new DateOnly(numbers[0], numbers[1], numbers[2]), Granularity.Day);
            return true;
        }

        if (separator == '-' && firstIsYear && count == 2 && word[parts[1]].Length == 2 && numbers[0] >= 1 && numbers[1] is >= 1 and <= 12)
        {
            date = new CalendarPoint(new DateOnly(numbers[0], numbers[1], 1), Granularity.Month);
            return true;
        }

        if (separator == '/' && count == 3 && word[parts[2]].Length is 2 or 4)
        {
            var year = word[parts[2]].Length == 2 ? (numbers[2] < 30 ? 2000 : 1900) + numbers[2] : numbers[2];
            if (TimexCalendar.IsValid(year, numbers[0], numbers[1]))
            {
                date = new CalendarPoint(new DateOnly(year, numbers[0], numbers[1]), Granularity.Day);
                return true;
            }
        }

        return false;
    }
}
