using AnnotationSdk.V1;

namespace AnnotationSdk.Tests.Shared;

/// <summary>
/// The ways one document can be asked for, and texts that stress an answer's writing: what the tests of each writer
/// that skips the contract's messages (the server's protobuf, the CLI's JSON) hold against the mapped response.
/// </summary>
internal static class RequestVariants
{
    public static readonly OffsetUnit[] Units = [OffsetUnit.Unspecified, OffsetUnit.Utf16CodeUnit, OffsetUnit.Utf8Byte, OffsetUnit.CodePoint];

    public static readonly AnnotationKind[][] KindSets =
    [
        [],
        [AnnotationKind.Quote],
        [AnnotationKind.Attribution],
        [AnnotationKind.Date, AnnotationKind.Hedge],
        [AnnotationKind.Quote, AnnotationKind.Hedge],
        [AnnotationKind.Hedge, AnnotationKind.Attribution, AnnotationKind.Date],
    ];

    // Given as a date, as an RFC 3339 moment, or left to default to today (then answered with reference_date_defaulted).
    public static readonly string[] ReferenceDates = [string.Empty, "2025-03-06", "2025-03-06T23:30:00-05:00"];

    // Characters to escape in the annotations' own text and ids, characters beyond the BMP before, inside and after
    // them, and texts with no annotation at all. Used in code, not as theory data, which could reach a test re-encoded.
    public static readonly string[] Adversarial =
    [
        " ",
        "\n\n",
        "On March 4, councillor Ines Varga said: “We \"may\" need <some> 200 berths \\ 🚢 \u2028 now.” She added it was “urgent.”",
        "𝒳𝒳 “Quotes with 🎉 emoji,” said 𝒴 Smith 🎉, reportedly, on Tuesday 🎉.\r\n\"\u200b\u2028\u00ad\u0000\" he said.",
        "\ufeffTwo years ago, the \u202eminister\u202c said: “probably \u0001\u001f\u007f\u0085 never.”",
        "He said: \"unclosed quote with a tab\t and <tag> running to the end",
    ];
}
