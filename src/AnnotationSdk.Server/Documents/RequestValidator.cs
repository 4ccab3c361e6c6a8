using System.Globalization;
using System.Text;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.V1;
using AnnotationKind = AnnotationSdk.V1.AnnotationKind;

namespace AnnotationSdk.Server.Documents;

/// <summary>A request that passed validation, in the engine's terms.</summary>
public sealed record ValidatedRequest(Document Document, DateOnly ReferenceDate, bool ReferenceDateDefaulted, AnnotationKinds Kinds, OffsetUnit OffsetUnit);

/// <summary>Checks a request against the contract and turns each problem into a field violation.</summary>
public sealed class RequestValidator(AnnotationServerOptions options)
{
    private static readonly string[] SupportedLanguages = ["en"];

    public static IReadOnlyList<string> Languages => SupportedLanguages;

    public ValidatedRequest Validate(Document? document, IReadOnlyCollection<AnnotationKind> kinds, OffsetUnit offsetUnit)
    {
        if (document is null)
        {
            throw RequestErrors.InvalidArgument("document", "is required.");
        }

        if (document.Text.Length == 0)
        {
            throw RequestErrors.InvalidArgument("document.text", "is empty; send the article text.");
        }

        // Counting bytes is linear but cheap; checking chars first rejects the obviously huge without it.
        if (document.Text.Length > options.MaxTextBytes || Encoding.UTF8.GetByteCount(document.Text) is var bytes && bytes > options.MaxTextBytes)
        {
            throw RequestErrors.TooLarge("document.text", Encoding.UTF8.GetByteCount(document.Text), options.MaxTextBytes);
        }

        var language = document.Language;
        if (language.Length > 0 && !SupportedLanguages.Any(l => language.Equals(l, StringComparison.OrdinalIgnoreCase) || language.StartsWith(l + "-", StringComparison.OrdinalIgnoreCase)))
        {
            throw RequestErrors.InvalidArgument("document.language", $"'{Truncate(language)}' is not supported; supported: {string.Join(", ", SupportedLanguages)}.");
        }

        var (referenceDate, defaulted) = ParseReferenceDate(document.ReferenceDate);
        return new ValidatedRequest(document, referenceDate, defaulted, ParseKinds(kinds), ParseOffsetUnit(offsetUnit));
    }

    private (DateOnly Date, bool Defaulted) ParseReferenceDate(string value)
    {
        if (value.Length == 0)
        {
            return (DateOnly.FromDateTime(options.Clock.GetUtcNow().UtcDateTime), true);
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date, false);
        }

        // RFC 3339: the publication date is the calendar date as written in the article's own offset.
        if (value.Length > 10 && value[10] is 'T' or 't' or ' '
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            _ = moment;
            return (date, false);
        }

        throw RequestErrors.InvalidArgument("document.reference_date", $"'{Truncate(value)}' is not a valid date; use YYYY-MM-DD or RFC 3339.");
    }

    private static AnnotationKinds ParseKinds(IReadOnlyCollection<AnnotationKind> kinds)
    {
        if (kinds.Count == 0)
        {
            return AnnotationKinds.All;
        }

        var result = AnnotationKinds.None;
        foreach (var kind in kinds)
        {
            result |= kind switch
            {
                AnnotationKind.Quote => AnnotationKinds.Quote,
                AnnotationKind.Attribution => AnnotationKinds.Attribution,
                AnnotationKind.Date => AnnotationKinds.Date,
                AnnotationKind.Hedge => AnnotationKinds.Hedge,
                _ => throw RequestErrors.InvalidArgument("kinds", $"{kind} is not an annotation kind; leave kinds empty for all."),
            };
        }

        return result;
    }

    private static OffsetUnit ParseOffsetUnit(OffsetUnit unit) => unit switch
    {
        OffsetUnit.Unspecified => OffsetUnit.CodePoint,
        OffsetUnit.Utf16CodeUnit or OffsetUnit.Utf8Byte or OffsetUnit.CodePoint => unit,
        _ => throw RequestErrors.InvalidArgument("offset_unit", $"{unit} is not an offset unit."),
    };

    // Echoing a caller's value back is useful, echoing a megabyte of it is not.
    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
