using System.Text;

namespace AnnotationSdk.Cli.Output;

/// <summary>HTML escaping for text and attribute values. Characters a page cannot hold (unpaired surrogates, control characters) become U+FFFD.</summary>
internal static class HtmlText
{
    public static string Escape(string? value) => Escape(value.AsSpan());

    public static string Escape(ReadOnlySpan<char> value)
    {
        var output = new StringBuilder(value.Length + 16);
        Append(output, value);
        return output.ToString();
    }

    /// <summary>Appends <paramref name="value"/> escaped; CRLF and lone CR become "\n" (the page shows text with pre-wrap).</summary>
    public static void Append(StringBuilder output, ReadOnlySpan<char> value) => Append(output, value, value.Length);

    /// <summary>Appends text[from..to] escaped, judging a CR at the end by the character after it, so a tag between CR and LF never doubles the break.</summary>
    public static void Append(StringBuilder output, string text, int from, int to) => Append(output, text.AsSpan(from), to - from);

    private static void Append(StringBuilder output, ReadOnlySpan<char> value, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"': output.Append("&quot;"); break;
                case '\'': output.Append("&#39;"); break;
                case '\r':
                    if (i + 1 >= value.Length || value[i + 1] != '\n')
                    {
                        output.Append('\n');
                    }

                    break;
                case '\n' or '\t':
                    output.Append(c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < count && char.IsLowSurrogate(value[i + 1]))
                    {
                        output.Append(c).Append(value[++i]);
                    }
                    else
                    {
                        output.Append(char.IsSurrogate(c) || char.IsControl(c) ? '\uFFFD' : c);
                    }

                    break;
            }
        }
    }
}
