namespace AnnotationSdk.Analyzers
{
    /// <summary>The IDs of every AnnotationSdk diagnostic. An ID is never reused for another rule.</summary>
    public static class DiagnosticIds
    {
        /// <summary>A switch statement over a protobuf enum has no default section.</summary>
        public const string SwitchOnOpenEnumWithoutDefault = "ANN0001";

        /// <summary>A oneof detail (Quote, Attribution, Date, Hedge) is read without checking Kind or DetailCase.</summary>
        public const string DetailReadWithoutKindCheck = "ANN0002";

        /// <summary>AnnotationKind.Unspecified or OffsetUnit.Unspecified is used as a real value.</summary>
        public const string UnspecifiedEnumValueUsed = "ANN0003";

        /// <summary>DateTime/DateOnly/DateTimeOffset parsing of a TIMEX3 value.</summary>
        public const string DateParseOfTimexValue = "ANN0004";

        /// <summary>A string is sliced with span offsets counted in UTF-8 bytes or code points.</summary>
        public const string SliceWithNonUtf16Offsets = "ANN0005";

        /// <summary>A gRPC channel or annotation client is created inside a loop.</summary>
        public const string ClientCreatedInLoop = "ANN0006";

        /// <summary>An annotation call is blocked on with .Result, .Wait() or GetAwaiter().GetResult().</summary>
        public const string BlockingOnAnnotationCall = "ANN0007";

        /// <summary>A generated-stub call has neither a deadline nor a cancellation token.</summary>
        public const string StubCallWithoutDeadline = "ANN0008";

        /// <summary>An AnnotationClient call does not pass the CancellationToken its caller received.</summary>
        public const string CancellationTokenNotForwarded = "ANN0009";

        /// <summary>A DocumentResult of AnnotateManyAsync is read without looking at its status.</summary>
        public const string StreamResultReadWithoutStatusCheck = "ANN0010";
    }
}
