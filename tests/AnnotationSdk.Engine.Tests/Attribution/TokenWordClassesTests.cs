using System.Globalization;
using AnnotationSdk.Engine.Attribution;
using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Attribution;

public sealed class TokenWordClassesTests
{
    private static readonly (string Path, WordClasses Class)[] Lexicons =
    [
        ("attribution/anonymous.txt", WordClasses.Anonymous),
        ("attribution/documents.txt", WordClasses.Document),
        ("attribution/organisations.txt", WordClasses.Organisation),
        ("attribution/roles.txt", WordClasses.Role),
        ("attribution/between.txt", WordClasses.Between),
        ("attribution/determiners.txt", WordClasses.Determiner),
        ("attribution/prepositions.txt", WordClasses.Preposition),
        ("attribution/groups.txt", WordClasses.Group),
        ("attribution/not-names.txt", WordClasses.NotName),
        ("attribution/time-words.txt", WordClasses.TimeWord),
        ("attribution/modifiers.txt", WordClasses.Modifier),
        ("attribution/quantities.txt", WordClasses.Quantity),
        ("attribution/not-passive.txt", WordClasses.NotPassive),
        ("attribution/noun-forms.txt", WordClasses.NounForm),
        ("attribution/not-adverbs.txt", WordClasses.NotAdverb),
        ("attribution/polls.txt", WordClasses.Poll),
        ("attribution/comparatives.txt", WordClasses.Comparative),
        ("attribution/naming-verbs.txt", WordClasses.NamingVerb),
        ("attribution/appearances.txt", WordClasses.Appearance),
        ("attribution/pronouns.txt", WordClasses.Pronoun),
        ("attribution/possessives.txt", WordClasses.Possessive),
    ];

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
}
