using System.Runtime.CompilerServices;
using AnnotationSdk.V1;
using Google.Protobuf.Reflection;

namespace AnnotationSdk.Cli.Output;

/// <summary>
/// An AnnotateResponse as one line of JSON, written as UTF-8 byte for byte what Google.Protobuf's
/// <c>JsonFormatter.Default</c> writes (field order, spacing, enum names, escapes, float format), without its
/// reflection: the formatter boxes and looks up every field value, which cost `annotate --jsonl` about 40 ms of
/// CPU per MB, as much as the engine; and without a string between it and the output, which cost another copy
/// and an encoding pass of every answer. <c>ResponseJsonTests</c> holds it to the formatter on every field and escape.
/// The layout of each part (which members, in which order, left out when) is written once, below, for both
/// sources of an answer: a contract message here, the engine's result in ResponseJson.Engine.cs.
/// </summary>
internal static partial class ResponseJson
{
    // Enum names are written as they are quoted once here.
    private static readonly byte[]?[] AnnotationKinds = EnumNames(AnnotationReflection.Descriptor, nameof(AnnotationKind));
    private static readonly byte[]?[] OffsetUnits = EnumNames(AnnotationReflection.Descriptor, nameof(OffsetUnit));
    private static readonly byte[]?[] QuoteStyles = EnumNames(AnnotationReflection.Descriptor, nameof(QuoteStyle));
    private static readonly byte[]?[] SourceTypes = EnumNames(AnnotationReflection.Descriptor, nameof(SourceType));
    private static readonly byte[]?[] TemporalTypes = EnumNames(AnnotationReflection.Descriptor, nameof(TemporalType));
    private static readonly byte[]?[] HedgeCategories = EnumNames(AnnotationReflection.Descriptor, nameof(HedgeCategory));

    /// <summary>The response's JSON as UTF-8, one line without its line break, on a pooled buffer the caller disposes.</summary>
    public static Utf8Buffer Format(AnnotateResponse response)
    {
        var output = Buffer(response.Annotations.Count);
        var json = new Writer(output);
        OpenResponse(ref json, response.DocumentId, response.Annotations.Count);
        // Indexed: RepeatedField's enumerator is an allocated iterator behind an interface.
        var annotations = response.Annotations;
        for (var i = 0; i < annotations.Count; i++)
        {
            json.Item();
            Write(ref json, annotations[i]);
        }

        CloseResponse(ref json, annotations.Count, response.OffsetUnit, response.SchemaVersion, response.ReferenceDate, response.ReferenceDateDefaulted);
        return output;
    }

    private static void Write(ref Writer json, Annotation annotation)
    {
        OpenAnnotation(ref json, annotation.Id, annotation.Kind);
        Write(ref json, "span"u8, annotation.Span);
        Covered(ref json, annotation.Text, annotation.Confidence, annotation.Rule);
        if (annotation.Quote is { } quote)
        {
            Quote(ref json, quote.Style, quote.AttributionId);
        }

        if (annotation.Attribution is { } attribution)
        {
            OpenAttribution(ref json);
            Write(ref json, "source"u8, attribution.Source);
            Write(ref json, "cue"u8, attribution.Cue);
            AttributionSpeaker(ref json, attribution.Speaker, attribution.SourceType, attribution.QuoteIds.Count);
            var quoteIds = attribution.QuoteIds;
            for (var i = 0; i < quoteIds.Count; i++)
            {
                json.Item();
                json.Quoted(quoteIds[i]);
            }

            CloseAttribution(ref json, quoteIds.Count);
        }

        if (annotation.Date is { } date)
        {
            Date(ref json, date.Type, date.Value, date.Mod, date.AnchorId);
        }

        if (annotation.Hedge is { } hedge)
        {
            Hedge(ref json, hedge.Category, hedge.QuoteId);
        }

        json.Close('}');
    }

    private static void Write(ref Writer json, ReadOnlySpan<byte> name, Span? span)
    {
        // A message field is written whenever it is set, even when all its own fields are defaults: "span": { }.
        if (span is not null)
        {
            Span(ref json, name, span.Start, span.End);
        }
    }

    // About 300 bytes of JSON per annotation on news text.
    private static Utf8Buffer Buffer(int annotations) => new(128 + (annotations * 320));

    /// <summary>Up to the first annotation, whose <see cref="Writer.Item"/> comes next.</summary>
    private static void OpenResponse(ref Writer json, string documentId, int annotations)
    {
        json.Open('{');
        json.String("documentId"u8, documentId);
        if (annotations > 0)
        {
            json.Name("annotations"u8);
            json.Open('[');
        }
    }

    /// <summary>From after the last annotation to the end.</summary>
    private static void CloseResponse(ref Writer json, int annotations, OffsetUnit unit, string schemaVersion, string referenceDate, bool referenceDateDefaulted)
    {
        if (annotations > 0)
        {
            json.Close(']');
        }

        json.Enum("offsetUnit"u8, (int)unit, OffsetUnits);
        json.String("schemaVersion"u8, schemaVersion);
        json.String("referenceDate"u8, referenceDate);
        if (referenceDateDefaulted)
        {
            json.Name("referenceDateDefaulted"u8);
            json.Raw("true"u8);
        }

        json.Close('}');
    }

    // The parts of an annotation are inlined into both writers, which call them for every annotation.

    /// <summary>An annotation up to its span, which comes next (or not, when it has none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void OpenAnnotation(ref Writer json, string id, AnnotationKind kind)
    {
        json.Open('{');
        json.String("id"u8, id);
        json.Enum("kind"u8, (int)kind, AnnotationKinds);
    }

    /// <summary>The members after the span; then come the details, then <see cref="Writer.Close"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Covered(ref Writer json, ReadOnlySpan<char> text, float confidence, string rule)
    {
        json.String("text"u8, text);
        json.Float("confidence"u8, confidence);
        json.String("rule"u8, rule);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Span(ref Writer json, ReadOnlySpan<byte> name, int start, int end)
    {
        json.Name(name);
        json.Open('{');
        json.Int("start"u8, start);
        json.Int("end"u8, end);
        json.Close('}');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Quote(ref Writer json, QuoteStyle style, string attributionId)
    {
        json.Name("quote"u8);
        json.Open('{');
        json.Enum("style"u8, (int)style, QuoteStyles);
        json.String("attributionId"u8, attributionId);
        json.Close('}');
    }

    /// <summary>The attribution detail up to its source span; then come the source and cue spans.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void OpenAttribution(ref Writer json)
    {
        json.Name("attribution"u8);
        json.Open('{');
    }

    /// <summary>The members after the cue, up to the quote ids, each of which comes next after its <see cref="Writer.Item"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AttributionSpeaker(ref Writer json, string speaker, SourceType sourceType, int quoteIds)
    {
        json.String("speaker"u8, speaker);
        json.Enum("sourceType"u8, (int)sourceType, SourceTypes);
        if (quoteIds > 0)
        {
            json.Name("quoteIds"u8);
            json.Open('[');
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CloseAttribution(ref Writer json, int quoteIds)
    {
        if (quoteIds > 0)
        {
            json.Close(']');
        }

        json.Close('}');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Date(ref Writer json, TemporalType type, string value, string mod, string anchorId)
    {
        json.Name("date"u8);
        json.Open('{');
        json.Enum("type"u8, (int)type, TemporalTypes);
        json.String("value"u8, value);
        json.String("mod"u8, mod);
        json.String("anchorId"u8, anchorId);
        json.Close('}');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Hedge(ref Writer json, HedgeCategory category, string quoteId)
    {
        json.Name("hedge"u8);
        json.Open('{');
        json.Enum("category"u8, (int)category, HedgeCategories);
        json.String("quoteId"u8, quoteId);
        json.Close('}');
    }

    /// <summary>Each value's proto name by number, as its quoted JSON string; a number with no name is written as the
    /// number, as the formatter does.</summary>
    private static byte[]?[] EnumNames(FileDescriptor file, string enumName)
    {
        var values = file.EnumTypes.Single(e => e.Name == enumName).Values;
        var names = new byte[]?[values.Max(v => v.Number) + 1];
        foreach (var value in values)
        {
            using var quoted = new Utf8Buffer(64);
            new Writer(quoted).Quoted(value.Name);
            names[value.Number] = quoted.Written.ToArray();
        }

        return names;
    }
}
