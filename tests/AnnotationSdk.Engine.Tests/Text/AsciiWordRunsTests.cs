using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Text;

public class AsciiWordRunsTests
{
    private static int ExpectedEnd(string text, int i)
    {
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    [Theory]
    [InlineData("")]
    [InlineData("word")]
    [InlineData("two words, 42 of them.")]
    [InlineData("a run of letters that crosses the sixty-fourth character: abcdefghijklmnopqrstuvwxyz0123456789 and on")]
    public void Finds_each_run_end_as_a_character_loop_does(string text)
    {
        var runs = new AsciiWordRuns(text);
        for (var i = 0; i <= text.Length; i++)
        {
            Assert.Equal(ExpectedEnd(text, i), runs.EndOfRun(i));
        }
    }

    [Fact]
    public void Agrees_with_a_character_loop_on_any_characters_asked_in_any_order()
    {
        // Letters and digits at the edges of the ASCII ranges, their neighbours, and characters whose low byte is a letter.
        const string Alphabet = "aAzZ09@[`{/: .\u00E9\u00C0\u0141\u0161\u4E2D\uD83D\uDE00\u0130\u212A";
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(3) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)('a' + random.Next(26));
            }

            var text = new string(chars);
            var runs = new AsciiWordRuns(text);
            for (var ask = 0; ask < 50; ask++)
            {
                var i = random.Next(text.Length + 1);
                Assert.Equal(ExpectedEnd(text, i), runs.EndOfRun(i));
            }
        }
    }
}
