using AnnotationSdk.Analyzers.CodeFixes;
using AnnotationSdk.Analyzers.Rules;
using AnnotationSdk.Analyzers.Tests.Verification;
using Verify = AnnotationSdk.Analyzers.Tests.Verification.AnalyzerVerifier<AnnotationSdk.Analyzers.Rules.SwitchOnOpenEnumWithoutDefaultAnalyzer>;

namespace AnnotationSdk.Analyzers.Tests.Rules;

public class SwitchOnOpenEnumWithoutDefaultTests
{
    [Fact]
    public Task Switch_over_annotation_kind_without_default_is_reported() => Verify.VerifyAsync("""
        using AnnotationSdk.V1;

        class Printer
        {
            string Describe(Annotation annotation)
            {
                {|ANN0001:switch|} (annotation.Kind)
                {
                    case AnnotationKind.Quote: return "quote";
                    case AnnotationKind.Date: return "date";
                }

                return "";
            }
        }
        """);

    [Fact]
    public Task Switch_over_hedge_category_without_default_is_reported() => Verify.VerifyAsync("""
        using AnnotationSdk.V1;

        class Counter
        {
            int approximations;

            void Count(HedgeDetail hedge)
            {
                {|ANN0001:switch|} (hedge.Category)
                {
                    case HedgeCategory.Approximator:
                        approximations++;
                        break;
                }
            }
        }
        """);

    [Fact]
    public Task Switch_with_default_or_discard_is_not_reported() => Verify.VerifyAsync("""
        using AnnotationSdk.V1;

        class Printer
        {
            string Describe(QuoteDetail quote)
            {
                switch (quote.Style)
                {
                    case QuoteStyle.Direct: return "direct";
                    default: return "other";
                }
            }

            string Describe(TemporalType type)
            {
                switch (type)
                {
                    case TemporalType.Date: return "date";
                    case var other: return other.ToString();
                }
            }
        }
        """);

    [Fact]
    public Task Switch_over_other_enums_is_not_reported() => Verify.VerifyAsync("""
        using System;
        using AnnotationSdk.V1;

        class Printer
        {
            string Describe(Annotation annotation)
            {
                switch (annotation.DetailCase)
                {
                    case Annotation.DetailOneofCase.Quote: return "quote";
                }

                return "";
            }

            string Describe(DayOfWeek day)
            {
                switch (day)
                {
                    case DayOfWeek.Monday: return "start";
                }

                return "";
            }
        }
        """);
}

public class AddDefaultSectionCodeFixTests
{
    private const string Source = """
        using System;
        using AnnotationSdk.V1;

        class Printer
        {
            string Describe(Annotation annotation)
            {
                {|ANN0001:switch|} (annotation.Kind)
                {
                    case AnnotationKind.Quote: return "quote";
                    case AnnotationKind.Date: return "date";
                }

                return "";
            }
        }
        """;

    [Fact]
    public Task Ignore_fix_adds_default_break() =>
        CodeFixVerifier<SwitchOnOpenEnumWithoutDefaultAnalyzer, AddDefaultSectionCodeFixProvider>.VerifyAsync(Source, """
            using System;
            using AnnotationSdk.V1;

            class Printer
            {
                string Describe(Annotation annotation)
                {
                    switch (annotation.Kind)
                    {
                        case AnnotationKind.Quote: return "quote";
                        case AnnotationKind.Date: return "date";
                        default:
                            break;
                    }

                    return "";
                }
            }
            """, AddDefaultSectionCodeFixProvider.IgnoreKey);

    [Fact]
    public Task Throw_fix_adds_default_that_names_the_value() =>
        CodeFixVerifier<SwitchOnOpenEnumWithoutDefaultAnalyzer, AddDefaultSectionCodeFixProvider>.VerifyAsync(Source, """
            using System;
            using AnnotationSdk.V1;

            class Printer
            {
                string Describe(Annotation annotation)
                {
                    switch (annotation.Kind)
                    {
                        case AnnotationKind.Quote: return "quote";
                        case AnnotationKind.Date: return "date";
                        default:
                            throw new NotSupportedException("Unexpected AnnotationKind value: " + annotation.Kind);
                    }

                    return "";
                }
            }
            """, AddDefaultSectionCodeFixProvider.ThrowKey);
}
