using System.Text;
using AnnotationSdk.V1;
using Google.Rpc;
using Grpc.Core;

namespace AnnotationSdk.Server.Tests;

public class AnnotateTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    internal const string Article =
        "On April 26, 2025, the minister said: “We 😀 may have won.” Sources said some 4,000 troops 🇺🇦 had left. " +
        "“It was almost certainly a coordinated move,” said analyst Anna Petrova, adding that talks could resume next week.";

    [Theory]
    [InlineData(OffsetUnit.Utf16CodeUnit)]
    [InlineData(OffsetUnit.Utf8Byte)]
    [InlineData(OffsetUnit.CodePoint)]
    [InlineData(OffsetUnit.Unspecified)]
    public async Task Spans_name_exactly_the_annotation_text_in_every_unit(OffsetUnit unit)
    {
        var response = await server.Client.AnnotateAsync(new AnnotateRequest
        {
            Document = new Document { Id = "doc-1", Text = Article, ReferenceDate = "2025-04-30" },
            OffsetUnit = unit,
        });

        Assert.Equal(unit == OffsetUnit.Unspecified ? OffsetUnit.CodePoint : unit, response.OffsetUnit);
        Assert.Equal("doc-1", response.DocumentId);
        Assert.Equal("2025-04-30", response.ReferenceDate);
        Assert.False(response.ReferenceDateDefaulted);
        Assert.Equal(response.Annotations.Count, response.Annotations.Select(a => a.Id).Distinct().Count());
        foreach (var annotation in response.Annotations)
        {
            Assert.Equal(annotation.Text, Slice(Article, annotation.Span, response.OffsetUnit));
            Assert.NotEqual(Annotation.DetailOneofCase.None, annotation.DetailCase);
        }
    }

    [Fact]
    public async Task A_missing_reference_date_defaults_to_today_and_says_so()
    {
        var response = await server.Client.AnnotateAsync(new AnnotateRequest { Document = new Document { Text = "Nothing happened." } });
        Assert.True(response.ReferenceDateDefaulted);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), response.ReferenceDate);
    }

    [Fact]
    public async Task Kinds_filter_what_comes_back()
    {
        var response = await server.Client.AnnotateAsync(new AnnotateRequest
        {
            Document = new Document { Text = Article, ReferenceDate = "2025-04-30" },
            Kinds = { AnnotationKind.Date },
        });
        Assert.All(response.Annotations, a => Assert.Equal(AnnotationKind.Date, a.Kind));
    }

    [Theory]
    [InlineData("", "2025-04-30", "", "document.text")]
    [InlineData("Text.", "2025-02-30", "", "document.reference_date")]
    [InlineData("Text.", "yesterday", "", "document.reference_date")]
    [InlineData("Text.", "2025-04-30", "xx-YY", "document.language")]
    public async Task Bad_requests_are_invalid_arguments_with_a_field_violation(string text, string referenceDate, string language, string field)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => server.Client.AnnotateAsync(new AnnotateRequest
        {
            Document = new Document { Text = text, ReferenceDate = referenceDate, Language = language },
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal(field, violation.Field);
    }

    [Fact]
    public async Task Rfc3339_reference_dates_are_accepted()
    {
        var response = await server.Client.AnnotateAsync(new AnnotateRequest
        {
            Document = new Document { Text = "Text.", ReferenceDate = "2025-04-30T23:15:00+03:00" },
        });
        Assert.Equal("2025-04-30", response.ReferenceDate);
    }

    [Fact]
    public async Task Unspecified_kind_is_rejected()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => server.Client.AnnotateAsync(new AnnotateRequest
        {
            Document = new Document { Text = "Text." },
            Kinds = { AnnotationKind.Unspecified },
        }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task A_document_one_byte_over_the_limit_is_resource_exhausted()
    {
        var atLimit = new string('a', (int)ServerFixture.MaxTextBytes);
        await server.Client.AnnotateAsync(new AnnotateRequest { Document = new Document { Text = atLimit, ReferenceDate = "2025-01-01" } });

        // 'é' is two UTF-8 bytes: the limit counts bytes, not characters.
        var overLimit = new string('a', (int)ServerFixture.MaxTextBytes - 1) + "é";
        var error = await Assert.ThrowsAsync<RpcException>(() => server.Client.AnnotateAsync(new AnnotateRequest
        {
            Document = new Document { Text = overLimit, ReferenceDate = "2025-01-01" },
        }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.NotNull(error.GetRpcStatus()!.GetDetail<QuotaFailure>());
    }

    [Theory]
    [InlineData("“Unbalanced quote that never closes.\n\nNext paragraph.")]
    [InlineData("Control \u0001\u0002\u001b[31m characters.")]
    [InlineData("Lone surrogate \uD800 here.")]
    public async Task Odd_text_is_annotated_without_error(string text)
    {
        var response = await server.Client.AnnotateAsync(new AnnotateRequest { Document = new Document { Text = text, ReferenceDate = "2025-01-01" } });

        // What the server received is the UTF-8 round trip of the text (a lone surrogate becomes U+FFFD).
        var received = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
        Assert.All(response.Annotations, a => Assert.Equal(a.Text, Slice(received, a.Span, response.OffsetUnit)));
    }

    internal static string Slice(string text, Span span, OffsetUnit unit)
    {
        var map = new OffsetMap(text);
        var start = map.ToUtf16(span.Start, unit);
        var end = map.ToUtf16(span.End, unit);
        return text[start..end];
    }
}
