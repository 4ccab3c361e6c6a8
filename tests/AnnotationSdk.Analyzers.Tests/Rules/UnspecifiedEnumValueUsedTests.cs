using AnnotationSdk.Analyzers.CodeFixes;
using AnnotationSdk.Analyzers.Rules;
using AnnotationSdk.Analyzers.Tests.Verification;
using Verify = AnnotationSdk.Analyzers.Tests.Verification.AnalyzerVerifier<AnnotationSdk.Analyzers.Rules.UnspecifiedEnumValueUsedAnalyzer>;

namespace AnnotationSdk.Analyzers.Tests.Rules;

public class UnspecifiedEnumValueUsedTests
{
    [Fact]
    public Task Unspecified_sent_in_a_request_is_reported() => Verify.VerifyAsync("""
        using AnnotationSdk.V1;

        class Requests
        {
            AnnotateRequest Build(Document document) => new AnnotateRequest
            {
                Document = document,
                Kinds = { {|ANN0003:AnnotationKind.Unspecified|} },
                OffsetUnit = {|ANN0003:OffsetUnit.Unspecified|},
            };
        }
        """);

    [Fact]
    public Task Unspecified_passed_as_an_argument_is_reported() => Verify.VerifyAsync("""
        using AnnotationSdk.V1;

        class Requests
        {
            void Ask(AnnotateRequest request) => request.Kinds.Add({|ANN0003:AnnotationKind.Unspecified|});
        }
        """);

    [Fact]
    public Task Comparisons_patterns_and_case_labels_are_not_reported() => Verify.VerifyAsync("""
        using AnnotationSdk.V1;

        class Checks
        {
            bool IsSet(Annotation annotation) => annotation.Kind != AnnotationKind.Unspecified;

            bool UsesCodePoints(AnnotateResponse response) =>
                response.OffsetUnit is OffsetUnit.Unspecified or OffsetUnit.CodePoint;

            string Name(OffsetUnit unit)
            {
                switch (unit)
                {
                    case OffsetUnit.Unspecified: return "unspecified";
                    default: return unit.ToString();
                }
            }

            QuoteStyle Unknown() => QuoteStyle.Unspecified;

            bool Wants(AnnotationKind kind = AnnotationKind.Unspecified) => kind != AnnotationKind.Unspecified;
        }
        """);

    [Fact]
    public Task Fix_replaces_unspecified_offset_unit_with_utf16() =>
        CodeFixVerifier<UnspecifiedEnumValueUsedAnalyzer, UseUtf16OffsetUnitCodeFixProvider>.VerifyAsync("""
            using AnnotationSdk.V1;

            class Requests
            {
                AnnotateRequest Build(Document document) => new AnnotateRequest
                {
                    Document = document,
                    OffsetUnit = {|ANN0003:OffsetUnit.Unspecified|},
                };
            }
            """, """
            using AnnotationSdk.V1;

            class Requests
            {
                AnnotateRequest Build(Document document) => new AnnotateRequest
                {
                    Document = document,
                    OffsetUnit = OffsetUnit.Utf16CodeUnit,
                };
            }
            """);

    [Fact]
    public Task No_fix_for_annotation_kind()
    {
        const string source = """
            using AnnotationSdk.V1;

            class Requests
            {
                void Ask(AnnotateRequest request) => request.Kinds.Add({|ANN0003:AnnotationKind.Unspecified|});
            }
            """;
        return CodeFixVerifier<UnspecifiedEnumValueUsedAnalyzer, UseUtf16OffsetUnitCodeFixProvider>.VerifyAsync(source, source);
    }
}
