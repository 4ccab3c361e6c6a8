using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Text;

public class SegmenterTests
{
    private static string[] Sentences(string text)
    {
        var context = new AnnotationContext(text, new DateOnly(2025, 4, 30));
        return context.Sentences.Select(s => text[s.Span.Start..s.Span.End]).ToArray();
    }

    [Fact]
    public void Splits_after_terminators_but_not_after_titles_or_initials()
    {
        Assert.Equal(
            ["Dr. Smith met Gen. Lee on Jan. 5 with John F. Kennedy.", "Then they left!", "Why?"],
            Sentences("Dr. Smith met Gen. Lee on Jan. 5 with John F. Kennedy. Then they left! Why?"));
    }

    [Fact]
    public void Keeps_closing_quote_marks_with_their_sentence()
    {
        Assert.Equal(["“It is over.”", "He left."], Sentences("“It is over.” He left."));
    }

    [Fact]
    public void Line_breaks_end_paragraphs_but_hard_wraps_do_not()
    {
        var context = new AnnotationContext("First line.\nSecond para\ncontinues here.\n\nThird.", new DateOnly(2025, 1, 1));
        Assert.Equal(3, context.Paragraphs.Count);
        Assert.Equal("Second para\ncontinues here.", context.Text[context.Paragraphs[1].Span.Start..context.Paragraphs[1].Span.End]);
    }

    [Theory]
    [InlineData("Dr. Smith met Gen. Lee on Jan. 5. Then they left! “It is over.” He left.")]
    [InlineData("First line.\nSecond para\ncontinues here.\n\nThird. (Fourth.) [Fifth?] — Sixth…\r\n\r\n“Seventh,” he said.")]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void Segmenting_while_tokenizing_gives_what_segmenting_the_tokens_afterwards_gives(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var (sentences, paragraphs) = Segmenter.Assign(text, tokens, Abbreviations.Default);

        var fused = Tokenizer.TokenizeAndSegment(text, Abbreviations.Default, pool: null, CancellationToken.None);

        Assert.Equal(tokens, fused.Tokens);
        Assert.Equal(sentences, fused.Sentences);
        Assert.Equal(paragraphs, fused.Paragraphs);
    }
}
