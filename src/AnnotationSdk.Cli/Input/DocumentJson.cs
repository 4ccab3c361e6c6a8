using System.Globalization;
using System.Diagnostics.CodeAnalysis;
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

        while (true)
        {
            if (!TryReadString(line, ref i, out var name))
            {
                return false;
            }

            var field = FieldOf(name);
            i = SkipWhitespace(line, i);
            if (field == 0 || (seen & field) != 0 || i >= line.Length || line[i] != ':')
            {
                return false;
            }

            seen |= field;
            i = SkipWhitespace(line, i + 1);
            if (!TryReadString(line, ref i, out var value))
            {
                return false;
            }

            Set(document, field, value);
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
    private static int FieldOf(string name) => name switch
    {
        "id" => 1,
        "text" => 2,
        "referenceDate" or "reference_date" => 4,
        "language" => 8,
        _ => 0,
    };

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

    /// <summary>A JSON string at <paramref name="i"/>, unescaped; false for a control character, a lone surrogate or an
    /// escape other than the common ones, which the full parser judges.</summary>
    /// <remarks>The string is read twice, first to check it and count its characters, then into a string of that
    /// length: a text is copied once, not into a builder and then out of it, whose blocks were the text's size again
    /// in fresh memory (20 MB of the peak of a run on one 10 MB document).</remarks>
    private static bool TryReadString(ReadOnlySpan<char> line, ref int i, [NotNullWhen(true)] out string? value)
    {
        value = null;
        if (i >= line.Length || line[i] != '"')
        {
            return false;
        }

        var bodyStart = i + 1;
        var end = bodyStart;
        if (!TryUnescape(line, ref end, [], out var length))
        {
            return false;
        }

        var body = line[bodyStart..(end - 1)];
        value = length == body.Length ? new string(body) : string.Create(length, body, static (text, body) =>
        {
            var at = 0;
            TryUnescape(body, ref at, text, out _);
        });
        i = end;
        return true;
    }

    /// <summary>
    /// The string's characters from <paramref name="i"/> to its closing quote, with <paramref name="i"/> left after
    /// it: checked and counted when <paramref name="text"/> is empty; otherwise <paramref name="line"/> is a body
    /// checked before, unescaped into <paramref name="text"/> to its end.
    /// </summary>
    private static bool TryUnescape(ReadOnlySpan<char> line, ref int i, Span<char> text, out int length)
    {
        length = 0;
        while (true)
        {
            // Runs between escapes are searched and checked a vector at a time, not character by character.
            var run = line[i..];
            var end = run.IndexOfAny('"', '\\');
            if (end < 0 && text.IsEmpty)
            {
                return false;
            }

            end = end < 0 ? run.Length : end;
            if (text.IsEmpty)
            {
                if (!IsLiteral(run[..end]))
                {
                    return false;
                }
            }
            else
            {
                run[..end].CopyTo(text[length..]);
            }

            length += end;
            i += end;
            if (i == line.Length || line[i] == '"')
            {
                i++;
                return true;
            }

            if (!TryReadEscape(line, i, out var escaped, out var first, out var second))
            {
                return false;
            }

            if (!text.IsEmpty)
            {
                text[length] = first;
                if (second is { } low)
                {
                    text[length + 1] = low;
                }
            }

            length += second is null ? 1 : 2;
            i += escaped;
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

    /// <summary>The escape at <paramref name="i"/>, <paramref name="escaped"/> characters long, and the character or
    /// surrogate pair it stands for; a \\u escape of a surrogate only as the first of an escaped pair.</summary>
    private static bool TryReadEscape(ReadOnlySpan<char> line, int i, out int escaped, out char first, out char? second)
    {
        escaped = 0;
        first = '\0';
        second = null;
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

            (escaped, first) = (2, unescaped);
            return true;
        }

        if (!TryHex(line, i + 2, out first) || char.IsLowSurrogate(first))
        {
            return false;
        }

        if (!char.IsHighSurrogate(first))
        {
            escaped = 6;
            return true;
        }

        if (i + 7 >= line.Length || line[i + 6] != '\\' || line[i + 7] != 'u' || !TryHex(line, i + 8, out var low) || !char.IsLowSurrogate(low))
        {
            return false;
        }

        (escaped, second) = (12, low);
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
