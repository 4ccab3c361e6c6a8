using AnnotationSdk.Analyzers.CodeFixes;
using AnnotationSdk.Analyzers.Rules;
using AnnotationSdk.Analyzers.Tests.Verification;
using Verify = AnnotationSdk.Analyzers.Tests.Verification.AnalyzerVerifier<AnnotationSdk.Analyzers.Rules.DateParseOfTimexValueAnalyzer>;

namespace AnnotationSdk.Analyzers.Tests.Rules;

public class DateParseOfTimexValueTests
{
    [Fact]
    public Task Date_parsers_on_the_timex_value_are_reported() => Verify.VerifyAsync("""
        using System;
        using System.Globalization;
        using AnnotationSdk.V1;

        class Dates
        {
            void Read(DateDetail date)
            {
                var a = {|ANN0004:DateTime.Parse(date.Value)|};
                var b = {|ANN0004:DateOnly.ParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)|};
                var c = {|ANN0004:DateTimeOffset.TryParse(date.Value, out var d)|};
                var e = {|ANN0004:Convert.ToDateTime(date.Value)|};
            }
        }
        """);

    [Fact]
    public Task Date_parsers_on_other_strings_are_not_reported() => Verify.VerifyAsync("""
        using System;
        using AnnotationSdk.V1;

        class Dates
        {
            DateOnly Published(AnnotateResponse response) => DateOnly.Parse(response.ReferenceDate);

            string Raw(DateDetail date) => date.Value.Trim();
        }
        """);

    [Fact]
    public Task Fix_replaces_parse_with_timex_parse_and_adds_the_using() =>
        CodeFixVerifier<DateParseOfTimexValueAnalyzer, UseTimexParseCodeFixProvider>.VerifyAsync("""
            using System;
            using AnnotationSdk.V1;

            class Dates
            {
                object Read(Annotation annotation) =>
                    annotation.Kind == AnnotationKind.Date ? {|ANN0004:DateTime.Parse(annotation.Date.Value)|} : null;
            }
            """, """
            using System;
            using AnnotationSdk.Client;
            using AnnotationSdk.V1;

            class Dates
            {
                object Read(Annotation annotation) =>
                    annotation.Kind == AnnotationKind.Date ? Timex.Parse(annotation.Date.Value) : null;
            }
            """);

    [Fact]
    public Task Fix_replaces_try_parse_with_out_var() =>
        CodeFixVerifier<DateParseOfTimexValueAnalyzer, UseTimexParseCodeFixProvider>.VerifyAsync("""
            using System;
            using AnnotationSdk.Client;
            using AnnotationSdk.V1;

            class Dates
            {
                bool Known(DateDetail date) => {|ANN0004:DateOnly.TryParse(date.Value, out var day)|};
            }
            """, """
            using System;
            using AnnotationSdk.Client;
            using AnnotationSdk.V1;

            class Dates
            {
                bool Known(DateDetail date) => Timex.TryParse(date.Value, out var day);
            }
            """);

    [Fact]
    public Task No_fix_for_overloads_with_formats()
    {
        const string source = """
            using System;
            using System.Globalization;
            using AnnotationSdk.V1;

            class Dates
            {
                DateTime Read(DateDetail date) =>
                    {|ANN0004:DateTime.ParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)|};
            }
            """;
        return CodeFixVerifier<DateParseOfTimexValueAnalyzer, UseTimexParseCodeFixProvider>.VerifyAsync(source, source);
    }
}
