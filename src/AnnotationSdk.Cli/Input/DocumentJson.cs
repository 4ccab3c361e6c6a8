using System.Globalization;
using System.Text;
using AnnotationSdk.V1;
using Google.Protobuf;

namespace AnnotationSdk.Cli.Input;

/// <summary>
/// Reads one JSONL input line as a <see cref="Document"/>. Nearly every line is a flat object of string fields
/// (`{"id": "…", "text": "…", "referenceDate": "…"}`); those are read here in one pass over the line, about
/// three times faster than Google.Protobuf's reflective <see cref="JsonParser"/>. Any other line (a null, a number, an
/// unknown or repeated field, an escape or character the fast path does not take) goes to that parser, so what is
/// accepted, the values read and every error message stay exactly the parser's.
/// </summary>
internal static class DocumentJson
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    // Kept from line to line: cleared, a builder keeps its largest size in one block, so a long text is not
    // grown block by block again on every line.
    [ThreadStatic]
    private static StringBuilder? ReusedValue;

    /// <exception cref="InvalidProtocolBufferException">The line is not a Document.</exception>
    /// <exception cref="InvalidJsonException">The line is not valid JSON.</exception>
    public static Document Parse(ReadOnlySpan<char> line) => TryParseFlat(line, out var document) ? document : Parser.Parse<Document>(line.ToString());

    /// <summary>False, without a partial result, for anything but a flat object of distinct, known string fields.</summary>
    internal static bool TryParseFlat(ReadOnlySpan<char> line, out Document document)
    {
        document = new Document();
        var seen = 0;
        var i = SkipWhitespace(line, 0);
        if (i >= line.Length || line[i] != '{')
        {
            return false;
        }

        i = SkipWhitespace(line, i + 1);
        if (i < line.Length && line[i] == '}')
        {
            return SkipWhitespace(line, i + 1) == line.Length;
        }

        var value = ReusedValue ??= new StringBuilder();
        while (true)
        {
            if (!TryReadString(line, ref i, value))
            {
                return false;
            }

            var field = FieldOf(value);
            i = SkipWhitespace(line, i);
            if (field == 0 || (seen & field) != 0 || i >= line.Length || line[i] != ':')
            {
                return false;
            }

            seen |= field;
            i = SkipWhitespace(line, i + 1);
            if (!TryReadString(line, ref i, value))
            {
                return false;
            }

            Set(document, field, value.ToString());
            i = SkipWhitespace(line, i);
            if (i < line.Length && line[i] == ',')
            {
                i = SkipWhitespace(line, i + 1);
                continue;
            }

            return i < line.Length && line[i] == '}' && SkipWhitespace(line, i + 1) == line.Length;
        }
    }

    // One bit per Document field; either of its names (the JSON name or the proto field name) selects it.
    private static int FieldOf(StringBuilder name) =>
        name.Equals("id") ? 1
        : name.Equals("text") ? 2
        : name.Equals("referenceDate") || name.Equals("reference_date") ? 4
        : name.Equals("language") ? 8
        : 0;

    private static void Set(Document document, int field, string value)
    {
        switch (field)
        {
            case 1:
                document.Id = value;
                break;
            case 2:
                document.Text = value;
                break;
            case 4:
                document.ReferenceDate = value;
                break;
            default:
                document.Language = value;
                break;
        }
    }

    private static int SkipWhitespace(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && line[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        return i;
    }

    /// <summary>A JSON string at <paramref name="i"/>, unescaped into <paramref name="value"/>; false for a control
    /// character, a lone surrogate or an escape other than the common ones, which the full parser judges.</summary>
    private static bool TryReadString(ReadOnlySpan<char> line, ref int i, StringBuilder value)
    {
        value.Clear();
        if (i >= line.Length || line[i] != '"')
        {
            return false;
        }

        i++;
        while (true)
        {
            // Runs between escapes are searched and checked a vector at a time, not character by character.
            var run = line[i..];
            var end = run.IndexOfAny('"', '\\');
            if (end < 0 || !IsLiteral(run[..end]))
            {
                return false;
            }

            value.Append(run[..end]);
            i += end;
            if (line[i] == '"')
            {
                i++;
                return true;
            }

            if (!TryUnescape(line, ref i, value))
            {
                return false;
            }
        }
    }

    /// <summary>True when the run has no control character and every surrogate in it is half of a pair.</summary>
    private static bool IsLiteral(ReadOnlySpan<char> run)
    {
        if (run.IndexOfAnyInRange('\0', '\u001f') >= 0)
        {
            return false;
        }

        var at = run.IndexOfAnyInRange('\ud800', '\udfff');
        while (at >= 0)
        {
            if (!char.IsHighSurrogate(run[at]) || at + 1 == run.Length || !char.IsLowSurrogate(run[at + 1]))
            {
                return false;
            }

            run = run[(at + 2)..];
            at = run.IndexOfAnyInRange('\ud800', '\udfff');
        }

        return true;
    }

    /// <summary>The escape at <paramref name="i"/>; a \\u escape of a surrogate only as the first of an escaped pair.</summary>
    private static bool TryUnescape(ReadOnlySpan<char> line, ref int i, StringBuilder value)
    {
        if (i + 1 >= line.Length)
        {
            return false;
        }

        if (line[i + 1] != 'u')
        {
            if (Unescaped(line[i + 1]) is not { } unescaped)
            {
                return false;
            }

            value.Append(unescaped);
            i += 2;
            return true;
        }

        if (!TryHex(line, i + 2, out var c) || char.IsLowSurrogate(c))
        {
            return false;
        }

        if (!char.IsHighSurrogate(c))
        {
            value.Append(c);
            i += 6;
            return true;
        }

        if (i + 7 >= line.Length || line[i + 6] != '\\' || line[i + 7] != 'u' || !TryHex(line, i + 8, out var low) || !char.IsLowSurrogate(low))
        {
            return false;
        }

        value.Append(c).Append(low);
        i += 12;
        return true;
    }

    private static bool TryHex(ReadOnlySpan<char> line, int start, out char c)
    {
        ushort code = 0;
        var found = start + 4 <= line.Length
            && ushort.TryParse(line.Slice(start, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code);
        c = (char)code;
        return found;
    }

    private static char? Unescaped(char escape) => escape switch
    {
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'b' => '\b',
        'f' => '\f',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        _ => null,
    };
}
