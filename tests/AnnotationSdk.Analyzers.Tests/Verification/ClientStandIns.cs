namespace AnnotationSdk.Analyzers.Tests.Verification;

/// <summary>
/// Minimal stand-ins with exactly the agreed AnnotationSdk.Client names and signatures, compiled into every test
/// so the rules about the client can be tested before (and independently of) the client project.
/// </summary>
internal static class ClientStandIns
{
    public const string Source = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using AnnotationSdk.V1;
        using Grpc.Net.Client;

        namespace AnnotationSdk.Client
        {
            public sealed class AnnotateOptions
            {
                public IReadOnlyCollection<AnnotationKind>? Kinds { get; set; }
                public DateOnly? ReferenceDate { get; set; }
                public TimeSpan? Deadline { get; set; }
            }

            public sealed class AnnotationClientOptions
            {
                public Uri? Address { get; set; }
                public TimeSpan DefaultDeadline { get; set; } = TimeSpan.FromSeconds(30);
                public int MaxRetryAttempts { get; set; } = 4;
            }

            public sealed class AnnotationClient
            {
                public AnnotationClient(GrpcChannel channel, AnnotationClientOptions? options = null) { }
                public AnnotationClient(AnnotationService.AnnotationServiceClient stub, AnnotationClientOptions? options = null) { }
                public Task<AnnotationResult> AnnotateAsync(string text, AnnotateOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
                public Task<AnnotationResult> AnnotateAsync(Document document, AnnotateOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
                public IAsyncEnumerable<DocumentResult> AnnotateManyAsync(IAsyncEnumerable<Document> documents, AnnotateOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
                public Task<GetSchemaResponse> GetSchemaAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
            }

            public sealed class AnnotationResult
            {
                public Document Document { get; } = new Document();
                public AnnotateResponse Response { get; } = new AnnotateResponse();
                public IReadOnlyList<Annotation> Annotations { get; } = Array.Empty<Annotation>();
                public IReadOnlyList<QuoteView> Quotes { get; } = Array.Empty<QuoteView>();
                public IReadOnlyList<AttributionView> Attributions { get; } = Array.Empty<AttributionView>();
                public IReadOnlyList<DateView> Dates { get; } = Array.Empty<DateView>();
                public IReadOnlyList<HedgeView> Hedges { get; } = Array.Empty<HedgeView>();
                public string GetText(Annotation annotation) => throw new NotSupportedException();
            }

            public sealed class QuoteView
            {
                public Annotation Annotation { get; } = new Annotation();
                public string Text { get; } = "";
                public AttributionView? Attribution { get; }
                public string Speaker { get; } = "";
            }

            public sealed class AttributionView
            {
                public Annotation Annotation { get; } = new Annotation();
                public string Text { get; } = "";
            }

            public sealed class DateView
            {
                public Annotation Annotation { get; } = new Annotation();
                public string Text { get; } = "";
                public Timex Timex { get; }
            }

            public sealed class HedgeView
            {
                public Annotation Annotation { get; } = new Annotation();
                public string Text { get; } = "";
                public QuoteView? Quote { get; }
            }

            public sealed class DocumentResult
            {
                public int Index { get; }
                public string DocumentId { get; } = "";
                public Google.Rpc.Status Status { get; } = new Google.Rpc.Status();
                public bool IsSuccess { get; }
                public AnnotationResult? Result { get; }
                public AnnotationResult GetResultOrThrow() => throw new NotSupportedException();
            }

            public enum TimexKind { Date, Duration, Reference, Set, Time }

            public readonly struct Timex
            {
                public static Timex Parse(string value) => throw new NotSupportedException();
                public static bool TryParse(string? value, out Timex timex) => throw new NotSupportedException();
                public TimexKind Kind { get; }
                public DateOnly? Start { get; }
                public DateOnly? EndExclusive { get; }
                public string Raw { get; }
            }

            public static class AnnotationExtensions
            {
                public static string GetText(this Annotation annotation, string documentText, OffsetUnit unit) => throw new NotSupportedException();
            }
        }
        """;
}
