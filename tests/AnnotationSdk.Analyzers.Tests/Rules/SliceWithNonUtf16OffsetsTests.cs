using AnnotationSdk.Analyzers.CodeFixes;
using AnnotationSdk.Analyzers.Rules;
using AnnotationSdk.Analyzers.Tests.Verification;
using Verify = AnnotationSdk.Analyzers.Tests.Verification.AnalyzerVerifier<AnnotationSdk.Analyzers.Rules.SliceWithNonUtf16OffsetsAnalyzer>;

namespace AnnotationSdk.Analyzers.Tests.Rules;

public class SliceWithNonUtf16OffsetsTests
{
    [Fact]
    public Task Slicing_with_spans_of_a_utf8_request_is_reported() => Verify.VerifyAsync("""
        using System;
        using AnnotationSdk.V1;

        class Quotes
        {
            void Print(AnnotationService.AnnotationServiceClient stub, string text)
            {
                var response = stub.Annotate(new AnnotateRequest
                {
                    Document = new Document { Text = text },
                    OffsetUnit = OffsetUnit.Utf8Byte,
                });
                foreach (var annotation in response.Annotations)
                {
                    Console.WriteLine({|ANN0005:text.Substring(annotation.Span.Start, annotation.Span.End - annotation.Span.Start)|});
                    Console.WriteLine({|ANN0005:text[annotation.Span.Start..annotation.Span.End]|});
                }
            }
        }
        """);

    [Fact]
    public Task Slicing_with_spans_of_a_request_without_unit_is_reported() => Verify.VerifyAsync("""
        using System;
        using AnnotationSdk.V1;

        class Quotes
        {
            void Print(AnnotationService.AnnotationServiceClient stub, string text)
            {
                var request = new AnnotateRequest { Document = new Document { Text = text } };
                var first = stub.Annotate(request).Annotations[0];
                Console.WriteLine({|ANN0005:text.AsSpan(first.Span.Start, first.Span.End - first.Span.Start)|}.ToString());
            }
        }
        """);

    [Fact]
    public Task Slicing_with_utf16_spans_or_after_reading_the_response_unit_is_not_reported() => Verify.VerifyAsync("""
        using System;
        using AnnotationSdk.V1;

        class Quotes
        {
            string First(AnnotationService.AnnotationServiceClient stub, string text)
            {
                var response = stub.Annotate(new AnnotateRequest
                {
                    Document = new Document { Text = text },
                    OffsetUnit = OffsetUnit.Utf16CodeUnit,
                });
                var span = response.Annotations[0].Span;
                return text.Substring(span.Start, span.End - span.Start);
            }

            string Checked(AnnotationService.AnnotationServiceClient stub, string text)
            {
                var response = stub.Annotate(new AnnotateRequest { Document = new Document { Text = text } });
                var span = response.Annotations[0].Span;
                return response.OffsetUnit == OffsetUnit.Utf16CodeUnit ? text[span.Start..span.End] : "";
            }

            string NoRequestHere(Annotation annotation, string text) =>
                text.Substring(annotation.Span.Start, annotation.Span.End - annotation.Span.Start);
        }
        """);

    [Fact]
    public Task Fix_uses_get_text_with_the_requested_unit() =>
        CodeFixVerifier<SliceWithNonUtf16OffsetsAnalyzer, UseGetTextCodeFixProvider>.VerifyAsync("""
            using System.Collections.Generic;
            using AnnotationSdk.V1;

            class Quotes
            {
                IEnumerable<string> Texts(AnnotationService.AnnotationServiceClient stub, string text)
                {
                    var response = stub.Annotate(new AnnotateRequest
                    {
                        Document = new Document { Text = text },
                        OffsetUnit = OffsetUnit.CodePoint,
                    });
                    foreach (var annotation in response.Annotations)
                    {
                        yield return {|ANN0005:text.Substring(annotation.Span.Start, annotation.Span.End - annotation.Span.Start)|};
                        yield return {|ANN0005:text[annotation.Span.Start..annotation.Span.End]|};
                    }
                }
            }
            """, """
            using System.Collections.Generic;
            using AnnotationSdk.Client;
            using AnnotationSdk.V1;

            class Quotes
            {
                IEnumerable<string> Texts(AnnotationService.AnnotationServiceClient stub, string text)
                {
                    var response = stub.Annotate(new AnnotateRequest
                    {
                        Document = new Document { Text = text },
                        OffsetUnit = OffsetUnit.CodePoint,
                    });
                    foreach (var annotation in response.Annotations)
                    {
                        yield return annotation.GetText(text, OffsetUnit.CodePoint);
                        yield return annotation.GetText(text, OffsetUnit.CodePoint);
                    }
                }
            }
            """);
}
