using AnnotationSdk.Engine.Lexicons;

namespace AnnotationSdk.Engine.Tests.Lexicons;

public sealed class JointKeyBitmapTests
{
    [Theory]
    [InlineData("september")]
    [InlineData("SEPTEMBER")]
    public void Lets_an_added_word_through_in_any_case(string token)
    {
        var bitmap = JointKeyBitmap.Of(["september", "monday"]);

        Assert.True(bitmap.MayContain(BitOf(token)));
    }

    [Fact]
    public void Rejects_a_word_made_of_two_added_words_halves()
    {
        // "sold": the first and last letters of "said", the inner ones of "told".
        var bitmap = JointKeyBitmap.Of(["said", "told"]);

        Assert.False(bitmap.MayContain(BitOf("sold")));
    }

    [Theory]
    [InlineData("\u017Feptember")]
    [InlineData("septembe\u017F")]
    [InlineData("Trump\u2019s")]
    public void Lets_a_token_without_keys_through(string token)
    {
        Assert.Equal(WordFilter.NoKey, WordFilter.KeysOf(token));

        Assert.True(JointKeyBitmap.Of(["september"]).MayContain(BitOf(token)));
    }

    private static int BitOf(string token) => JointKeyBitmap.BitOf(WordFilter.KeysOf(token));
}
