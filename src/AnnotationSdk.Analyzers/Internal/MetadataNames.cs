namespace AnnotationSdk.Analyzers.Internal
{
    /// <summary>Metadata names of the types the rules look for; a rule stays silent in a compilation without them.</summary>
    internal static class MetadataNames
    {
        public const string ContractsNamespace = "AnnotationSdk.V1";
        public const string Annotation = "AnnotationSdk.V1.Annotation";
        public const string AnnotationKind = "AnnotationSdk.V1.AnnotationKind";
        public const string OffsetUnit = "AnnotationSdk.V1.OffsetUnit";
        public const string DateDetail = "AnnotationSdk.V1.DateDetail";
        public const string Span = "AnnotationSdk.V1.Span";
        public const string AnnotateRequest = "AnnotationSdk.V1.AnnotateRequest";
        public const string AnnotateStreamRequest = "AnnotationSdk.V1.AnnotateStreamRequest";
        public const string AnnotateResponse = "AnnotationSdk.V1.AnnotateResponse";
        public const string AnnotationServiceClient = "AnnotationSdk.V1.AnnotationService+AnnotationServiceClient";

        public const string ClientNamespace = "AnnotationSdk.Client";
        public const string AnnotationClient = "AnnotationSdk.Client.AnnotationClient";
        public const string DocumentResult = "AnnotationSdk.Client.DocumentResult";
        public const string Timex = "AnnotationSdk.Client.Timex";
        public const string AnnotationExtensions = "AnnotationSdk.Client.AnnotationExtensions";

        public const string GrpcChannel = "Grpc.Net.Client.GrpcChannel";

        public const string Task = "System.Threading.Tasks.Task";
        public const string TaskOfT = "System.Threading.Tasks.Task`1";
        public const string CancellationToken = "System.Threading.CancellationToken";
    }
}
