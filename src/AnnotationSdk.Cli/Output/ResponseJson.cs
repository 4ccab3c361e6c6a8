using System.Buffers;
using System.Globalization;
using System.Text;
using AnnotationSdk.V1;
using Google.Protobuf.Reflection;

namespace AnnotationSdk.Cli.Output;

/// <summary>
/// An AnnotateResponse as one line of JSON, character for character what Google.Protobuf's
/// <c>JsonFormatter.Default</c> writes (field order, spacing, enum names, escapes, float format), without its
/// reflection: the formatter boxes and looks up every field value, which cost `annotate --jsonl` about 40 ms of
/// CPU per MB, as much as the engine. <c>ResponseJsonTests</c> holds it to the formatter on every field and escape.
/// </summary>
internal static class ResponseJson
{
    // The characters JsonFormatter escapes: controls, '"', '\\', '<' and '>', DEL and C1, surrogates (written as
    // \u pairs), and the invisible or direction-changing code points it escapes to keep JavaScript safe.
    private static readonly SearchValues<char> Escaped = SearchValues.Create(EscapedCharacters());

    private static readonly string?[] AnnotationKinds = EnumNames(AnnotationReflection.Descriptor, nameof(AnnotationKind));
    private static readonly string?[] OffsetUnits = EnumNames(AnnotationReflection.Descriptor, nameof(OffsetUnit));
    private static readonly string?[] QuoteStyles = EnumNames(AnnotationReflection.Descriptor, nameof(QuoteStyle));
    private static readonly string?[] SourceTypes = EnumNames(AnnotationReflection.Descriptor, nameof(SourceType));
    private static readonly string?[] TemporalTypes = EnumNames(AnnotationReflection.Descriptor, nameof(TemporalType));
    private static readonly string?[] HedgeCategories = EnumNames(AnnotationReflection.Descriptor, nameof(HedgeCategory));

    public static string Format(AnnotateResponse response)
    {
        // About 300 characters of JSON per annotation on news text.
        var json = new Writer(new StringBuilder(128 + (response.Annotations.Count * 320)));
        json.Open('{');
        json.String("documentId", response.DocumentId);
        if (response.Annotations.Count > 0)
        {
            json.Name("annotations");
            json.Open('[');
            foreach (var annotation in response.Annotations)
            {
                json.Item();
                Write(ref json, annotation);
            }

            json.Close(']');
        }

        json.Enum("offsetUnit", (int)response.OffsetUnit, OffsetUnits);
        json.String("schemaVersion", response.SchemaVersion);
        json.String("referenceDate", response.ReferenceDate);
        if (response.ReferenceDateDefaulted)
        {
            json.Name("referenceDateDefaulted");
            json.Raw("true");
        }

        json.Close('}');
        return json.ToString();
    }

    private static void Write(ref Writer json, Annotation annotation)
    {
        json.Open('{');
        json.String("id", annotation.Id);
        json.Enum("kind", (int)annotation.Kind, AnnotationKinds);
        Write(ref json, "span", annotation.Span);
        json.String("text", annotation.Text);
        json.Float("confidence", annotation.Confidence);
        json.String("rule", annotation.Rule);
        if (annotation.Quote is { } quote)
        {
            json.Name("quote");
            json.Open('{');
            json.Enum("style", (int)quote.Style, QuoteStyles);
            json.String("attributionId", quote.AttributionId);
            json.Close('}');
        }

        if (annotation.Attribution is { } attribution)
        {
            json.Name("attribution");
            json.Open('{');
            Write(ref json, "source", attribution.Source);
            Write(ref json, "cue", attribution.Cue);
            json.String("speaker", attribution.Speaker);
            json.Enum("sourceType", (int)attribution.SourceType, SourceTypes);
            if (attribution.QuoteIds.Count > 0)
            {
                json.Name("quoteIds");
                json.Open('[');
                foreach (var id in attribution.QuoteIds)
                {
                    json.Item();
                    json.Quoted(id);
                }

                json.Close(']');
            }

            json.Close('}');
        }

        if (annotation.Date is { } date)
        {
            json.Name("date");
            json.Open('{');
            json.Enum("type", (int)date.Type, TemporalTypes);
            json.String("value", date.Value);
            json.String("mod", date.Mod);
            json.String("anchorId", date.AnchorId);
            json.Close('}');
        }

        if (annotation.Hedge is { } hedge)
        {
            json.Name("hedge");
            json.Open('{');
            json.Enum("category", (int)hedge.Category, HedgeCategories);
            json.String("quoteId", hedge.QuoteId);
            json.Close('}');
        }

        json.Close('}');
    }

    private static void Write(ref Writer json, string name, Span? span)
    {
        // A message field is written whenever it is set, even when all its own fields are defaults: "span": { }.
        if (span is null)
        {
            return;
        }

        json.Name(name);
        json.Open('{');
        json.Int("start", span.Start);
        json.Int("end", span.End);
        json.Close('}');
    }

    /// <summary>Each value's proto name by number; a number with no name is written as the number, as the formatter does.</summary>
    private static string?[] EnumNames(FileDescriptor file, string enumName)
    {
        var values = file.EnumTypes.Single(e => e.Name == enumName).Values;
        var names = new string?[values.Max(v => v.Number) + 1];
        foreach (var value in values)
        {
            names[value.Number] = value.Name;
        }

        return names;
    }

    private static char[] EscapedCharacters()
    {
        var escaped = new List<char>();
        void Range(int first, int last)
        {
            for (var c = first; c <= last; c++)
            {
                escaped.Add((char)c);
            }
        }

        Range(0x00, 0x1f);
        escaped.AddRange(['"', '\\', '<', '>', '\u00ad', '\u06dd', '\u070f', '\u17b4', '\u17b5', '\ufeff']);
        Range(0x7f, 0x9f);
        Range(0x0600, 0x0603);
        Range(0x200b, 0x200f);
        Range(0x2028, 0x202e);
        Range(0x2060, 0x2064);
        Range(0x206a, 0x206f);
        Range(0xd800, 0xdfff);
        Range(0xfff9, 0xfffb);
        return [.. escaped];
    }

    /// <summary>Tracks whether the current object or list has a member yet, for the formatter's ", " and closing " ".</summary>
    private struct Writer(StringBuilder json)
    {
        // One bit per nesting level (responses nest four deep): set once that level has a member.
        private ulong _hasMember;
        private int _depth;

        public void Open(char bracket)
        {
            json.Append(bracket).Append(' ');
            _depth++;
            _hasMember &= ~(1UL << _depth);
        }

        public void Close(char bracket)
        {
            if ((_hasMember & (1UL << _depth)) != 0)
            {
                json.Append(' ');
            }

            _depth--;
            json.Append(bracket);
        }

        /// <summary>Before a list element.</summary>
        public void Item()
        {
            var bit = 1UL << _depth;
            if ((_hasMember & bit) != 0)
            {
                json.Append(", ");
            }

            _hasMember |= bit;
        }

        public void Name(string name)
        {
            Item();
            json.Append('"').Append(name).Append("\": ");
        }

        public void Raw(string value) => json.Append(value);

        // Proto3 fields without presence are left out at their default value.
        public void String(string name, string value)
        {
            if (value.Length > 0)
            {
                Name(name);
                Quoted(value);
            }
        }

        public void Int(string name, int value)
        {
            if (value != 0)
            {
                Name(name);
                json.Append(CultureInfo.InvariantCulture, $"{value:d}");
            }
        }

        public void Float(string name, float value)
        {
            if (value != 0f)
            {
                Name(name);
                var quoted = !float.IsFinite(value);
                if (quoted)
                {
                    json.Append('"');
                }

                json.Append(CultureInfo.InvariantCulture, $"{value:r}");
                if (quoted)
                {
                    json.Append('"');
                }
            }
        }

        public void Enum(string name, int value, string?[] names)
        {
            if (value == 0)
            {
                return;
            }

            Name(name);
            if ((uint)value < (uint)names.Length && names[value] is { } known)
            {
                Quoted(known);
            }
            else
            {
                json.Append(CultureInfo.InvariantCulture, $"{value:d}");
            }
        }

        public readonly void Quoted(string text)
        {
            json.Append('"');
            var rest = text.AsSpan();
            while (true)
            {
                var at = rest.IndexOfAny(Escaped);
                if (at < 0)
                {
                    json.Append(rest);
                    break;
                }

                json.Append(rest[..at]);
                var c = rest[at];
                if (char.IsHighSurrogate(c))
                {
                    // A pair is written as two \u escapes; an unpaired half fails, as in the formatter.
                    if (at + 1 == rest.Length || !char.IsLowSurrogate(rest[at + 1]))
                    {
                        throw new ArgumentException("String contains low surrogate not followed by high surrogate");
                    }

                    Hex(c);
                    Hex(rest[at + 1]);
                    rest = rest[(at + 2)..];
                    continue;
                }

                if (char.IsLowSurrogate(c))
                {
                    throw new ArgumentException("String contains high surrogate not preceded by low surrogate");
                }

                switch (c)
                {
                    case '"': json.Append("\\\""); break;
                    case '\\': json.Append("\\\\"); break;
                    case '\b': json.Append("\\b"); break;
                    case '\t': json.Append("\\t"); break;
                    case '\n': json.Append("\\n"); break;
                    case '\f': json.Append("\\f"); break;
                    case '\r': json.Append("\\r"); break;
                    default: Hex(c); break;
                }

                rest = rest[(at + 1)..];
            }

            json.Append('"');
        }

        private readonly void Hex(char c) => json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");

        public readonly override string ToString() => json.ToString();
    }
}
