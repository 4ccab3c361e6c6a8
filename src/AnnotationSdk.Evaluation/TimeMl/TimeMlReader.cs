using System.Globalization;
using System.Text;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.TimeMl;

/// <summary>
/// Reads TimeML (inline XML) in one pass without an XML parser: TEXT content with tags stripped and
/// entities decoded, TIMEX3 spans measured in that text, and the date of the CREATION_TIME TIMEX3.
/// A full XML parser would do, but TempEval files are not always well-formed (stray ampersands).
/// </summary>
public static class TimeMlReader
{
    public static TimeMlDocument Read(string name, string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var text = new StringBuilder(xml.Length);
        var timexes = new List<GoldTimex>();
        var open = new Stack<(int Start, Dictionary<string, string> Attributes)>();
        DateOnly? creation = null;
        var inText = false;
        var i = 0;
        while (i < xml.Length)
        {
            var c = xml[i];
            if (c == '<')
            {
                var close = xml.IndexOf('>', i);
                if (close < 0)
                {
                    break;
                }

                var tag = xml.AsSpan(i + 1, close - i - 1);
                i = close + 1;
                HandleTag(tag, ref inText, text.Length, open, timexes, ref creation);
                continue;
            }

            if (c == '&')
            {
                var (decoded, length) = DecodeEntity(xml, i);
                if (inText)
                {
                    text.Append(decoded);
                }

                i += length;
                continue;
            }

            if (inText)
            {
                text.Append(c);
            }

            i++;
        }

        return new TimeMlDocument(name, text.ToString(), creation ?? throw new FormatException($"{name}: no CREATION_TIME TIMEX3."), timexes);
    }

    private static void HandleTag(
        ReadOnlySpan<char> tag, ref bool inText, int offset, Stack<(int, Dictionary<string, string>)> open, List<GoldTimex> timexes, ref DateOnly? creation)
    {
        if (tag.StartsWith("TEXT", StringComparison.Ordinal) && (tag.Length == 4 || !char.IsLetter(tag[4])))
        {
            inText = true;
        }
        else if (tag.StartsWith("/TEXT", StringComparison.Ordinal))
        {
            inText = false;
        }
        else if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
        {
            var attributes = ParseAttributes(tag[6..]);
            if (attributes.GetValueOrDefault("functionInDocument") == "CREATION_TIME")
            {
                creation ??= ParseDate(attributes.GetValueOrDefault("value") ?? string.Empty);
                attributes["creation"] = "true";
            }

            open.Push((offset, attributes));
        }
        else if (tag.StartsWith("/TIMEX3", StringComparison.Ordinal) && open.Count > 0)
        {
            var (start, attributes) = open.Pop();
            if (inText && !attributes.ContainsKey("creation") && offset > start)
            {
                timexes.Add(new GoldTimex(
                    new TextSpan(start, offset),
                    attributes.GetValueOrDefault("type") ?? string.Empty,
                    attributes.GetValueOrDefault("value") ?? string.Empty,
                    attributes.GetValueOrDefault("mod") ?? string.Empty));
            }
        }
    }

    private static DateOnly? ParseDate(string value) =>
        value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    internal static Dictionary<string, string> ParseAttributes(ReadOnlySpan<char> tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < tag.Length)
        {
            var equals = tag[i..].IndexOf('=');
            if (equals < 0)
            {
                break;
            }

            var key = tag.Slice(i, equals).Trim().ToString();
            var valueStart = i + equals + 1;
            while (valueStart < tag.Length && char.IsWhiteSpace(tag[valueStart]))
            {
                valueStart++;
            }

            if (valueStart >= tag.Length || tag[valueStart] is not ('"' or '\''))
            {
                break;
            }

            var quote = tag[valueStart];
            var valueEnd = tag[(valueStart + 1)..].IndexOf(quote);
            if (valueEnd < 0)
            {
                break;
            }

            attributes[key] = tag.Slice(valueStart + 1, valueEnd).ToString();
            i = valueStart + valueEnd + 2;
        }

        return attributes;
    }

    private static (string Decoded, int Length) DecodeEntity(string xml, int at)
    {
        var semicolon = xml.IndexOf(';', at, Math.Min(12, xml.Length - at));
        if (semicolon < 0)
        {
            return ("&", 1);
        }

        var entity = xml.AsSpan(at + 1, semicolon - at - 1);
        var decoded = entity switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ when entity.StartsWith("#x") && int.TryParse(entity[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) => char.ConvertFromUtf32(hex),
            _ when entity.StartsWith("#") && int.TryParse(entity[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var dec) => char.ConvertFromUtf32(dec),
            _ => null,
        };
        return decoded is null ? ("&", 1) : (decoded, semicolon - at + 1);
    }
}
