using AnnotationSdk.Cli.Input;
using AnnotationSdk.V1;
using Google.Protobuf;
using Xunit;

namespace AnnotationSdk.Cli.Tests;

/// <summary>`annotate --jsonl` reads flat Document lines itself; what it reads, accepts and refuses must stay exactly
/// what Google.Protobuf's parser does.</summary>
public class DocumentJsonTests
{
    private static readonly JsonParser Reference = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    // Lines as a JSONL file holds them, so in one test rather than as theory data, which could reach the test re-encoded.
    private static readonly string[] FlatLines =
    [
        """{"id": "a1", "text": "Plain words.", "referenceDate": "2025-04-30"}""",
        """{"text":"no spaces","id":"b"}""",
        """  {  "reference_date" : "2025-01-02" , "language": "en" }  """,
        """{}""",
        """{"text": ""}""",
        """{"text": "escapes \" \\ \/ \b \f \n \r \t end"}""",
        """{"text": "\u201cCurly\u201d \u00e9 \u4e2d and a pair \ud83d\ude00 and \u0000"}""",
        """{"text": "raw “curly” é 中 🚢 𝒳"}""",
        """{"text": "hex \u00E9 \u00e9 \uFEFF"}""",
        "{\"text\":\t\"tab around\"\r}",
        """{"text": "\nescapes at both ends\t"}""",
        """{"text": "\ud83d\ude00", "id": "\u0041\"\\"}""",
        """{"\u0074ext": "an escaped name"}""",
    ];

    // Lines the fast path leaves to the parser: the result, or the error, must be the parser's.
    private static readonly string[] OtherLines =
    [
        """{"id": null, "text": "null id"}""",
        """{"id": 7, "text": "number id"}""",
        """{"text": "unknown field", "author": "x"}""",
        """{"text": "first", "text": "repeated"}""",
        """{"text": "lone \ud83d high"}""",
        """{"text": "lone \ude00 low"}""",
        """{"text": "bad escape \x"}""",
        """{"text": "short \u12"}""",
        """{"text": "unterminated}""",
        """{"text": "trailing comma",}""",
        """{"text": "after"} x""",
        """["text"]""",
        """not json""",
        """{"text": "a"}{"text": "b"}""",
        "{\"text\": \"raw control \u0001\"}",
        "{\"text\": \"raw lone \ud83d high\"}",
        """{"text": "escaped high, raw low \ud83d""" + "\ude00\"}",
        """{"Text": "case differs"}""",
        """{"referenceDate": "2025-01-01", "reference_date": "2025-01-02"}""",
    ];

    [Fact]
    public void Flat_lines_are_read_as_the_parser_reads_them()
    {
        foreach (var line in FlatLines)
        {
            Assert.True(DocumentJson.TryParseFlat(line, out var fast), line);
            Assert.Equal(Reference.Parse<Document>(line), fast);
        }
    }

    [Fact]
    public void Every_other_line_gets_the_parsers_document_or_the_parsers_error()
    {
        foreach (var line in OtherLines)
        {
            Assert.False(DocumentJson.TryParseFlat(line, out _), line);
            var expected = Record.Exception(() => Reference.Parse<Document>(line));
            var actual = Record.Exception(() => DocumentJson.Parse(line));
            if (expected is null)
            {
                Assert.Null(actual);
                Assert.Equal(Reference.Parse<Document>(line), DocumentJson.Parse(line));
            }
            else
            {
                Assert.NotNull(actual);
                Assert.Equal(expected.GetType(), actual.GetType());
                Assert.Equal(expected.Message, actual.Message);
            }
        }
    }
}
