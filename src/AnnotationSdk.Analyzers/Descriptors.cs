using Microsoft.CodeAnalysis;

namespace AnnotationSdk.Analyzers
{
    /// <summary>
    /// The descriptor of every rule. Warning for code that misbehaves at run time, Info for advice.
    /// Each help link is the rule's page under docs/analyzers.
    /// </summary>
    public static class Descriptors
    {
        private const string HelpLinkBase = "https://github.com/annotationsdk/annotationsdk/blob/main/docs/analyzers/";

        private static class Categories
        {
            public const string Correctness = "Correctness";
            public const string Reliability = "Reliability";
            public const string Performance = "Performance";
        }

        /// <summary>ANN0001.</summary>
        public static readonly DiagnosticDescriptor SwitchOnOpenEnumWithoutDefault = Create(
            DiagnosticIds.SwitchOnOpenEnumWithoutDefault,
            "Switch over a protobuf enum needs a default section",
            "This switch over '{0}' has no default section; a newer server can send values this code has never seen",
            Categories.Correctness,
            DiagnosticSeverity.Warning,
            "Protobuf enums are open: an enum field can hold any integer, and a newer server can add values. A switch without a default section silently skips them.");

        /// <summary>ANN0002.</summary>
        public static readonly DiagnosticDescriptor DetailReadWithoutKindCheck = Create(
            DiagnosticIds.DetailReadWithoutKindCheck,
            "Check the annotation's Kind or DetailCase before reading its detail",
            "'{0}' is read without checking Kind or DetailCase; it is null unless the annotation is a {0}",
            Categories.Correctness,
            DiagnosticSeverity.Warning,
            "Quote, Attribution, Date and Hedge are one oneof: only the one that matches the annotation's kind is set, the others are null.");

        /// <summary>ANN0003.</summary>
        public static readonly DiagnosticDescriptor UnspecifiedEnumValueUsed = Create(
            DiagnosticIds.UnspecifiedEnumValueUsed,
            "Unspecified is not a real value",
            "'{0}.Unspecified' is the wire's 'not set' value; compare with it, but do not send it",
            Categories.Correctness,
            DiagnosticSeverity.Warning,
            "The server rejects AnnotationKind.Unspecified in a request's kinds, and treats OffsetUnit.Unspecified as code points, which .NET strings do not index by.");

        /// <summary>ANN0004.</summary>
        public static readonly DiagnosticDescriptor DateParseOfTimexValue = Create(
            DiagnosticIds.DateParseOfTimexValue,
            "Parse TIMEX3 values with Timex.Parse",
            "'{0}' cannot read TIMEX3 values such as \"2024-FA\", \"2025-W17\" or \"P1W\"; use Timex.Parse",
            Categories.Correctness,
            DiagnosticSeverity.Warning,
            "DateDetail.Value is a TIMEX3 value: a month, season, week, decade, duration or reference word as often as a calendar day. Date parsers throw on most of them.");

        /// <summary>ANN0005.</summary>
        public static readonly DiagnosticDescriptor SliceWithNonUtf16Offsets = Create(
            DiagnosticIds.SliceWithNonUtf16Offsets,
            "Span offsets of this request are not UTF-16 positions",
            "The spans here are counted in {0}, but .NET strings index by UTF-16 code units; use GetText or ask for OffsetUnit.Utf16CodeUnit",
            Categories.Correctness,
            DiagnosticSeverity.Warning,
            "A request that asks for UTF-8 bytes or code points (or leaves the unit unspecified, which means code points) gets spans that cut a .NET string in the wrong place as soon as the text has a character outside ASCII.");

        /// <summary>ANN0006.</summary>
        public static readonly DiagnosticDescriptor ClientCreatedInLoop = Create(
            DiagnosticIds.ClientCreatedInLoop,
            "Create the channel and client once, not per iteration",
            "'{0}' inside a loop opens a new connection each time; create it once and reuse it",
            Categories.Performance,
            DiagnosticSeverity.Warning,
            "A gRPC channel owns an HTTP/2 connection. Creating one (or a client over a new channel) per document pays a TCP and TLS handshake each time and can exhaust sockets.");

        /// <summary>ANN0007.</summary>
        public static readonly DiagnosticDescriptor BlockingOnAnnotationCall = Create(
            DiagnosticIds.BlockingOnAnnotationCall,
            "Await annotation calls instead of blocking on them",
            "'{0}' blocks a thread on a network call and can deadlock; await it",
            Categories.Reliability,
            DiagnosticSeverity.Warning,
            "Blocking on a gRPC call holds a thread for the whole round trip and deadlocks under a synchronization context.");

        /// <summary>ANN0008.</summary>
        public static readonly DiagnosticDescriptor StubCallWithoutDeadline = Create(
            DiagnosticIds.StubCallWithoutDeadline,
            "Give gRPC calls a deadline or a cancellation token",
            "'{0}' has no deadline and no cancellation token; it waits forever on a server that does not answer",
            Categories.Reliability,
            DiagnosticSeverity.Warning,
            "Generated gRPC stubs have no default deadline. AnnotationClient sets one for you; a direct stub call must pass a deadline, a cancellation token or CallOptions.");

        /// <summary>ANN0009.</summary>
        public static readonly DiagnosticDescriptor CancellationTokenNotForwarded = Create(
            DiagnosticIds.CancellationTokenNotForwarded,
            "Forward the CancellationToken to annotation calls",
            "Pass '{0}' to '{1}' so that cancelling the caller cancels the call",
            Categories.Reliability,
            DiagnosticSeverity.Info,
            "The caller received a CancellationToken; without it the annotation call runs on until its deadline after the caller gave up.");

        /// <summary>ANN0010.</summary>
        public static readonly DiagnosticDescriptor StreamResultReadWithoutStatusCheck = Create(
            DiagnosticIds.StreamResultReadWithoutStatusCheck,
            "Check each streamed document's status before reading its result",
            "'Result' is null when this document failed; check IsSuccess or call GetResultOrThrow()",
            Categories.Correctness,
            DiagnosticSeverity.Warning,
            "AnnotateManyAsync yields one item per document, and a document that failed carries its error in Status with a null Result; the stream goes on.");

        private static DiagnosticDescriptor Create(
            string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description) =>
            new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinkBase + id + ".md");
    }
}
