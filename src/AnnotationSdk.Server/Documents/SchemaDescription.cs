using AnnotationSdk.Engine;
using AnnotationSdk.V1;

namespace AnnotationSdk.Server.Documents;

/// <summary>What GetSchema answers: the kinds, their categories, languages and limits.</summary>
public static class SchemaDescription
{
    public static GetSchemaResponse Create(AnnotationServerOptions options) => new()
    {
        SchemaVersion = AnnotationEngine.SchemaVersion,
        Languages = { RequestValidator.Languages },
        MaxTextBytes = options.MaxTextBytes,
        OffsetUnits = { OffsetUnit.Utf16CodeUnit, OffsetUnit.Utf8Byte, OffsetUnit.CodePoint },
        Kinds =
        {
            Kind(AnnotationKind.Quote, "q", "A quotation and whether it is speech; the span includes its quote marks.", Names<QuoteStyle>()),
            Kind(AnnotationKind.Attribution, "a", "Who said a quote (the source mention) and with which cue.", Names<SourceType>()),
            Kind(AnnotationKind.Date, "d", "A temporal expression with its TIMEX3 type, value and modifier.", Names<TemporalType>()),
            Kind(AnnotationKind.Hedge, "h", "A word or phrase signalling doubt, distance or vagueness.", Names<HedgeCategory>()),
        },
    };

    private static KindSchema Kind(AnnotationKind kind, string prefix, string description, IEnumerable<string> categories) =>
        new() { Kind = kind, IdPrefix = prefix, Description = description, Categories = { categories } };

    // Enum value names as on the wire (QUOTE_STYLE_DIRECT), without the UNSPECIFIED zero value.
    private static IEnumerable<string> Names<TEnum>()
        where TEnum : struct, Enum =>
        typeof(TEnum).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => f.GetCustomAttributes(typeof(Google.Protobuf.Reflection.OriginalNameAttribute), false)
                .OfType<Google.Protobuf.Reflection.OriginalNameAttribute>().Single().Name)
            .Where(name => !name.EndsWith("_UNSPECIFIED", StringComparison.Ordinal));
}
