using System.Globalization;
using System.Text;

namespace AnnotationSdk.Testing.Internal;

/// <summary>
/// Makes document text safe for a snapshot file: valid UTF-8, "\n" line endings only, and nothing invisible
/// that could hide a change from a reviewer (control and format characters, unpaired surrogates become ⟨U+XXXX⟩).
/// </summary>
internal static class Escaping
{
    /// <summary>
    /// text[start..end] keeping its line structure: CRLF and lone CR become "\n". A CR is judged by the character
    /// after it even past <paramref name="end"/>, so a marker between CR and LF never doubles the line break.
    /// </summary>
    public static void AppendBody(StringBuilder output, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    output.Append('\n');
                }
            }
            else if (c is '\n' or '\t')
            {
                output.Append(c);
            }
            else
            {
                i = AppendCharacter(output, text.AsSpan(0, end), i);
            }
        }
    }

    /// <summary>Text on one line between double quotes: line breaks, tabs, quotes and backslashes are escaped C-style.</summary>
    public static string Quoted(ReadOnlySpan<char> text)
    {
        var output = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\r': output.Append("\\r"); break;
                case '\n': output.Append("\\n"); break;
                case '\t': output.Append("\\t"); break;
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                default: i = AppendCharacter(output, text, i); break;
            }
        }

        return output.Append('"').ToString();
    }

    /// <summary>A short value (an id, a speaker) on one line, without quotes.</summary>
    public static string Inline(string text)
    {
        var quoted = Quoted(text);
        return quoted[1..^1];
    }

    // Appends the character at i (a whole surrogate pair when there is one) and returns the last index used.
    private static int AppendCharacter(StringBuilder output, ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            output.Append(c).Append(text[i + 1]);
            return i + 1;
        }

        if (char.IsSurrogate(c) || IsInvisible(c))
        {
            output.Append(CultureInfo.InvariantCulture, $"⟨U+{(int)c:X4}⟩");
        }
        else
        {
            output.Append(c);
        }

        return i;
    }

    // Control characters, and format characters such as bidi overrides or zero-width spaces, which would make two
    // different texts look the same in a review. The zero-width joiner stays: emoji sequences need it.
    private static bool IsInvisible(char c) =>
        char.IsControl(c) || (c != '\u200D' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);
}
