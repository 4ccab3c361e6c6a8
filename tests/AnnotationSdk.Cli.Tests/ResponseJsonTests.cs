using System.Text;
using AnnotationSdk.Cli.Output;
using AnnotationSdk.V1;
using Google.Protobuf;
using Xunit;

namespace AnnotationSdk.Cli.Tests;

/// <summary>`annotate --jsonl` writes its own JSON; it must stay what Google.Protobuf's formatter writes, to the character.</summary>
public class ResponseJsonTests
{
    // Run in one test, not as theory data, which could reach the test re-encoded; EngineResponseJsonTests annotates them too.
    internal static readonly string[] Texts =
    [
        string.Empty,
        "plain words",
        "“curly” ‘quotes’ — dashes… and é, ß, 中文",
        "quotes \" and backslashes \\ and / slashes",
        "<b>tags</b> & ampersands = equals ' apostrophes",
        "controls \b \t \n \f \r \u0000 \u0001 \u001f \u007f \u0080 \u009f \u00a0",
        "soft\u00adhyphen, zero\u200bwidth, \u200e marks \u200f, \u2028 line \u2029 paragraph \u202e, \u2060 \u2064 \u206a \u206f",
        "arabic \u0600 \u0603 \u06dd syriac \u070f khmer \u17b4 \u17b5 bom \ufeff anchors \ufff9 \ufffb \ufffc",
        "emoji 🚢 and 𝒳, at the end 🎉",
    ];

    [Fact]
    public void Every_string_field_is_escaped_as_the_formatter_does()
    {
        foreach (var text in Texts)
        {
            var response = new AnnotateResponse
            {
                DocumentId = text,
                SchemaVersion = text,
                ReferenceDate = text,
                Annotations =
                {
                    new Annotation { Id = text, Text = text, Rule = text, Span = new Span { Start = 1, End = 2 }, Quote = new QuoteDetail { AttributionId = text } },
                    new Annotation { Attribution = new AttributionDetail { Speaker = text, QuoteIds = { text, text } } },
                    new Annotation { Date = new DateDetail { Value = text, Mod = text, AnchorId = text } },
                    new Annotation { Hedge = new HedgeDetail { QuoteId = text } },
                },
            };

            Assert.Equal(JsonFormatter.Default.Format(response), Format(response));
        }
    }

    [Fact]
    public void Every_character_but_a_surrogate_is_written_as_the_formatter_does()
    {
        // One string of every UTF-16 code unit outside the surrogates: each is copied as UTF-8 or escaped, never both.
        var every = new StringBuilder();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (!char.IsSurrogate(c))
            {
                every.Append(c);
            }
        }

        var response = new AnnotateResponse { DocumentId = every.Append(char.MaxValue).ToString() };

        Assert.Equal(JsonFormatter.Default.Format(response), Format(response));
    }

    [Fact]
    public void An_escaped_character_is_found_at_every_place_in_a_run_of_plain_ascii()
    {
        // Plain ASCII is copied in blocks; each character that is not must stop the block wherever it stands in it.
        foreach (var odd in "\"\\<>\u007f\u0080\u001f é“")
        {
            for (var at = 0; at < 20; at++)
            {
                var text = new string('a', at) + odd + new string('b', 20 - at);
                var response = new AnnotateResponse { DocumentId = text };

                Assert.Equal(JsonFormatter.Default.Format(response), Format(response));
            }
        }
    }

    [Fact]
    public void Defaults_empty_messages_and_unnamed_enum_values_are_written_as_the_formatter_does()
    {
        var responses = new[]
        {
            new AnnotateResponse(),
            new AnnotateResponse { ReferenceDateDefaulted = true, OffsetUnit = OffsetUnit.Utf8Byte },
            new AnnotateResponse { OffsetUnit = (OffsetUnit)42, Annotations = { new Annotation() } },
            new AnnotateResponse
            {
                Annotations =
                {
                    new Annotation { Span = new Span(), Kind = (AnnotationKind)(-3), Quote = new QuoteDetail() },
                    new Annotation { Span = new Span { Start = -1, End = int.MaxValue }, Attribution = new AttributionDetail { Source = new Span(), Cue = new Span { End = 4 } } },
                    new Annotation { Date = new DateDetail { Type = (TemporalType)99 } },
                    new Annotation { Hedge = new HedgeDetail() },
                },
            },
        };

        foreach (var response in responses)
        {
            Assert.Equal(JsonFormatter.Default.Format(response), Format(response));
        }
    }

    // -0 equals 0, so the formatter leaves it out like 0; NaN and the infinities are written as quoted names.
    public static TheoryData<float> Confidences => new() { 0f, -0f, 0.1f, 0.85f, 1f, 1e-8f, float.Epsilon, float.MaxValue, -2.5f, float.NaN, float.PositiveInfinity, float.NegativeInfinity };

    [Theory]
    [MemberData(nameof(Confidences))]
    public void Confidence_is_written_as_the_formatter_does(float confidence)
    {
        var response = new AnnotateResponse { Annotations = { new Annotation { Id = "a", Confidence = confidence } } };

        Assert.Equal(JsonFormatter.Default.Format(response), Format(response));
    }

    [Fact]
    public void Confidences_written_again_after_others_took_their_place_are_written_as_the_formatter_does()
    {
        // Far more distinct values than recently written ones are kept, each written twice, apart and in turn.
        var random = new Random(7);
        var confidences = Enumerable.Range(0, 500).Select(_ => (float)random.NextDouble()).ToList();
        var response = new AnnotateResponse();
        foreach (var confidence in confidences.Concat(confidences).Concat(confidences.SelectMany(c => new[] { c, c })))
        {
            response.Annotations.Add(new Annotation { Confidence = confidence });
        }

        Assert.Equal(JsonFormatter.Default.Format(response), Format(response));
    }

    [Fact]
    public void Every_enum_value_is_named_as_the_formatter_names_it()
    {
        var response = new AnnotateResponse();
        foreach (var kind in Enum.GetValues<AnnotationKind>())
        {
            response.Annotations.Add(new Annotation { Kind = kind });
        }

        foreach (var style in Enum.GetValues<QuoteStyle>())
        {
            response.Annotations.Add(new Annotation { Quote = new QuoteDetail { Style = style } });
        }

        foreach (var type in Enum.GetValues<SourceType>())
        {
            response.Annotations.Add(new Annotation { Attribution = new AttributionDetail { SourceType = type } });
        }

        foreach (var type in Enum.GetValues<TemporalType>())
        {
            response.Annotations.Add(new Annotation { Date = new DateDetail { Type = type } });
        }

        foreach (var category in Enum.GetValues<HedgeCategory>())
        {
            response.Annotations.Add(new Annotation { Hedge = new HedgeDetail { Category = category } });
        }

        foreach (var unit in Enum.GetValues<OffsetUnit>())
        {
            response.OffsetUnit = unit;
            Assert.Equal(JsonFormatter.Default.Format(response), Format(response));
        }
    }

    [Theory]
    [InlineData(OffsetUnit.CodePoint)]
    [InlineData(OffsetUnit.Utf16CodeUnit)]
    public void The_sample_article_is_written_as_the_formatter_does(OffsetUnit unit)
    {
        var response = SampleResponses.Annotated(unit);

        Assert.Equal(JsonFormatter.Default.Format(response), Format(response));
    }

    [Fact]
    public void An_unpaired_surrogate_fails_as_in_the_formatter()
    {
        // Built in code: a theory's data would reach the test with the lone halves already replaced.
        foreach (var text in new[] { "lone high " + '\ud83d' + " surrogate", "lone low " + '\ude80' + " surrogate", "ends on a high surrogate " + '\ud83d' })
        {
            var response = new AnnotateResponse { DocumentId = text };

            Assert.Throws<ArgumentException>(() => JsonFormatter.Default.Format(response));
            Assert.Throws<ArgumentException>(() => ResponseJson.Format(response));
        }
    }

    private static string Format(AnnotateResponse response)
    {
        using var json = ResponseJson.Format(response);
        return Encoding.UTF8.GetString(json.Written.Span);
    }
}
