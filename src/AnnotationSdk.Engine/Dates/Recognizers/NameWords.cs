using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>Time words that are part of a title or a name: "ABC's This Week", "CBS's 60 Minutes", "High Noon", "VOA Today".</summary>
internal static class NameWords
{
    /// <summary>A common time word written with a capital in mid-sentence, right after another word or number, belongs
    /// to a name; a sentence opening with it ("Today, ...") or text in capitals ("LAST WEEK") says nothing.</summary>
    public static bool IsInName(DateScanner s, int i)
    {
        // After an abbreviation ("the U.S. Today, ...") a sentence may begin that the splitter did not see.
        if (!s.IsCapitalized(i) || s.StartsSentence(i) || !(s.IsKind(i - 1, TokenKind.Word) || s.IsKind(i - 1, TokenKind.Number))
            || s.Word(i - 1).EndsWith('.'))
        {
            return false;
        }

        foreach (var c in s.Word(i))
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
