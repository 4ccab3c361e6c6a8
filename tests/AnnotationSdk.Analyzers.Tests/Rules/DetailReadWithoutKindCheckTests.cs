using Verify = AnnotationSdk.Analyzers.Tests.Verification.AnalyzerVerifier<AnnotationSdk.Analyzers.Rules.DetailReadWithoutKindCheckAnalyzer>;

namespace AnnotationSdk.Analyzers.Tests.Rules;

public class DetailReadWithoutKindCheckTests
{
    [Fact]
    public Task Detail_read_without_any_check_is_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using AnnotationSdk.V1;

        class Dates
        {
            IEnumerable<string> Values(AnnotateResponse response)
            {
                foreach (var annotation in response.Annotations)
                {
                    yield return {|ANN0002:annotation.Date|}.Value;
                }
            }
        }
        """);

    [Fact]
    public Task Detail_read_in_a_lambda_without_check_is_reported() => Verify.VerifyAsync("""
        using System.Linq;
        using AnnotationSdk.V1;

        class Quotes
        {
            QuoteStyle[] Styles(AnnotateResponse response) =>
                response.Annotations.Select(a => {|ANN0002:a.Quote|}.Style).ToArray();
        }
        """);

    [Fact]
    public Task Detail_read_after_checking_kind_or_detail_case_is_not_reported() => Verify.VerifyAsync("""
        using System.Linq;
        using AnnotationSdk.V1;

        class Reader
        {
            string[] DateValues(AnnotateResponse response) =>
                response.Annotations.Where(a => a.Kind == AnnotationKind.Date).Select(a => a.Date.Value).ToArray();

            string HedgeQuote(Annotation annotation) =>
                annotation.DetailCase == Annotation.DetailOneofCase.Hedge ? annotation.Hedge.QuoteId : "";

            string Speaker(Annotation annotation) =>
                annotation is { Kind: AnnotationKind.Attribution } ? annotation.Attribution.Speaker : "";
        }
        """);

    [Fact]
    public Task Detail_read_in_a_switch_on_kind_is_not_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using AnnotationSdk.V1;

        class Reader
        {
            List<string> Values(AnnotateResponse response)
            {
                var values = new List<string>();
                foreach (var annotation in response.Annotations)
                {
                    switch (annotation.Kind)
                    {
                        case AnnotationKind.Date: values.Add(annotation.Date.Value); break;
                        case AnnotationKind.Quote: values.Add(annotation.Quote.AttributionId); break;
                        default: break;
                    }
                }

                return values;
            }

            string Value(Annotation annotation) => annotation.DetailCase switch
            {
                Annotation.DetailOneofCase.Hedge => annotation.Hedge.QuoteId,
                _ => "",
            };
        }
        """);

    [Fact]
    public Task Detail_tested_for_null_or_read_through_a_typed_view_is_not_reported() => Verify.VerifyAsync("""
        using AnnotationSdk.Client;
        using AnnotationSdk.V1;

        class Reader
        {
            string Value(Annotation annotation) => annotation.Date?.Value ?? "";

            string Style(Annotation annotation) => annotation.Quote is { } quote ? quote.Style.ToString() : "";

            QuoteStyle Style(QuoteView view) => view.Annotation.Quote.Style;

            Annotation Build() => new Annotation { Kind = AnnotationKind.Date, Date = new DateDetail { Value = "2024-06" } };
        }
        """);
}
