using System.Globalization;
using AnnotationSdk.Engine.Attribution;
using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Attribution;

public sealed class TokenWordClassesTests
{
    private static readonly (string Path, WordClasses Class)[] Lexicons =
    [
        .. AttributionLexicons.WordClassFiles,
        ("attribution/pronouns.txt", WordClasses.Pronoun),
        ("attribution/possessives.txt", WordClasses.Possessive),
    ];

    [Fact]
    public void Every_class_has_one_lexicon()
    {
        var defined = Enum.GetValues<WordClasses>().Where(wordClass => wordClass != WordClasses.None).Order();

        Assert.Equal(defined, Lexicons.Select(lexicon => lexicon.Class).Order());
    }

    [Fact]
    public void Every_token_is_in_exactly_the_lexicons_that_hold_it_ignoring_case()
    {
        var sets = Lexicons.Select(lexicon => (Lexicon.LoadWordSet(lexicon.Path), lexicon.Class)).ToList();
        var words = sets.SelectMany(set => set.Item1).Concat(["Smith", "sald", "ſaid", "Straße", "Ünited", "thé"]).ToList();
        var text = string.Join(" ", words.SelectMany(word => new[] { word, word.ToUpperInvariant(), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word) }));
        var context = new AnnotationContext(text, new DateOnly(2025, 4, 30));
        var classes = new TokenWordClasses(context);

        for (var i = 0; i < context.Tokens.Count; i++)
        {
            var token = context.TextOf(i).ToString();
            foreach (var (set, wordClass) in sets)
            {
                Assert.True(set.Contains(token) == classes.Is(i, wordClass), $"'{token}' in {wordClass}: expected {set.Contains(token)}");
            }
        }
    }

    [Fact]
    public void Asks_about_several_lexicons_at_once()
    {
        var context = new AnnotationContext("The officials said so.", new DateOnly(2025, 4, 30));
        var classes = new TokenWordClasses(context);

        Assert.True(classes.Is(0, WordClasses.Role | WordClasses.Determiner));
        Assert.False(classes.Is(0, WordClasses.Role | WordClasses.Group));
    }

    [Fact]
    public void A_document_on_storage_given_back_by_another_sees_only_its_own_classes()
    {
        var first = new AnnotationContext("officials officials officials", new DateOnly(2025, 4, 30));
        var classes = new TokenWordClasses(first);
        Assert.True(classes.Is(0, WordClasses.Anonymous));
        Assert.True(classes.Is(2, WordClasses.Anonymous));
        classes.Dispose();
        classes.Dispose(); // a second call gives nothing back twice

        var second = new AnnotationContext("tomato tomato tomato", new DateOnly(2025, 4, 30));
        using var reused = new TokenWordClasses(second);

        Assert.False(reused.Is(0, WordClasses.Anonymous));
        Assert.False(reused.Is(2, WordClasses.Anonymous));
        Assert.ThrowsAny<Exception>(() => classes.Is(0, WordClasses.Anonymous));
    }
}
