using AnnotationSdk.V1;

namespace AnnotationSdk.Testing.Internal;

/// <summary>Short lower-case names for the contract's enums, fixed here so a renamed C# member never churns snapshots.</summary>
internal static class Names
{
    public static string Of(AnnotationKind kind) => kind switch
    {
        AnnotationKind.Quote => "quote",
        AnnotationKind.Attribution => "attribution",
        AnnotationKind.Date => "date",
        AnnotationKind.Hedge => "hedge",
        _ => "unspecified",
    };

    public static string Of(OffsetUnit unit) => unit switch
    {
        OffsetUnit.Utf16CodeUnit => "utf16",
        OffsetUnit.Utf8Byte => "utf8",
        _ => "code-point",
    };

    public static string Of(QuoteStyle style) => style switch
    {
        QuoteStyle.Direct => "direct",
        QuoteStyle.Mixed => "mixed",
        QuoteStyle.Scare => "scare",
        QuoteStyle.Indirect => "indirect",
        _ => "unspecified",
    };

    public static string Of(SourceType type) => type switch
    {
        SourceType.Person => "person",
        SourceType.Organization => "organization",
        SourceType.Anonymous => "anonymous",
        SourceType.Document => "document",
        _ => "unspecified",
    };

    public static string Of(TemporalType type) => type switch
    {
        TemporalType.Date => "date",
        TemporalType.Time => "time",
        TemporalType.Duration => "duration",
        TemporalType.Set => "set",
        _ => "unspecified",
    };

    public static string Of(HedgeCategory category) => category switch
    {
        HedgeCategory.Epistemic => "epistemic",
        HedgeCategory.Doxastic => "doxastic",
        HedgeCategory.Shield => "shield",
        HedgeCategory.Reported => "reported",
        HedgeCategory.Unsourced => "unsourced",
        HedgeCategory.Approximator => "approximator",
        _ => "unspecified",
    };
}
